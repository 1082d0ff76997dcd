package org.sanad.cases.rules;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a complaint's evidence file is described on its case, and from there in every referral to
 * court: by what the file is, never by what the victim typed or by the complaint it came with. A
 * court sees victims only as pseudonyms; a tracking number or a file name such as
 * {@code sara-ahmed-photos.jpg} would undo that.
 */
public final class EvidenceDescriptions {

    /** A media type as a registry writes it; anything else the uploader claimed is not repeated. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}");

    private EvidenceDescriptions() {
    }

    /** {@code Evidence file from a victim's complaint: image/jpeg, 48213 bytes}. */
    public static String complaintFile(String contentType, long sizeBytes) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return "Evidence file from a victim's complaint: " + (MEDIA_TYPE.matcher(type).matches() ? type : "unknown type")
                + ", " + sizeBytes + " bytes";
    }
}
