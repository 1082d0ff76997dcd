package org.sanad.complaints.domain;

/**
 * How the victim's device hashed an image or a video it keeps, as the hash-matching services do
 * (StopNCII, NCMEC's Take It Down): the file never leaves the device, its hash can be matched.
 */
public enum HashAlgorithm {
    /** Meta's perceptual hash of an image: 256 bits, written as 64 hexadecimal digits, with a quality 0–100. */
    PDQ(64),
    /** MD5 of a video's bytes: 128 bits, written as 32 hexadecimal digits. */
    MD5(32);

    private final int hexDigits;

    HashAlgorithm(int hexDigits) {
        this.hexDigits = hexDigits;
    }

    /** How many hexadecimal digits a hash of this algorithm is written in. */
    public int hexDigits() {
        return hexDigits;
    }

    /** Whether a hash of this algorithm comes with a quality (PDQ's 0–100). */
    public boolean hasQuality() {
        return this == PDQ;
    }
}
