package org.sanad.complaints.sms;

/** How a text travels: the GSM 03.38 default alphabet (data_coding 0) or UCS-2 (data_coding 8). */
public enum SmsEncoding {

    /** 160 characters in one message, 153 a part when concatenated; the extension characters count 2. */
    GSM7(0, 160, 153),

    /** 70 UTF-16 units in one message, 67 a part: Arabic and Kurdish text, and any character GSM lacks. */
    UCS2(8, 70, 67);

    private final int dataCoding;

    private final int single;

    private final int perPart;

    SmsEncoding(int dataCoding, int single, int perPart) {
        this.dataCoding = dataCoding;
        this.single = single;
        this.perPart = perPart;
    }

    /** SMPP's data_coding for it. */
    public int dataCoding() {
        return dataCoding;
    }

    /** Units (septets or UTF-16 units) that fit one unconcatenated message. */
    public int single() {
        return single;
    }

    /** Units that fit one part of a concatenated message, beside its 6-octet user data header. */
    public int perPart() {
        return perPart;
    }
}
