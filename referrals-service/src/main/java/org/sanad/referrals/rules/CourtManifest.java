package org.sanad.referrals.rules;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a court is shown of an evidence item besides its hash, type and size: a neutral file name
 * (its place in the manifest and an extension for its media type) and a description that names no
 * complaint. The name a file was uploaded with is the victim's or an officer's, and may name the
 * victim; a tracking number leads back to the complaint. Either would undo the pseudonym a court
 * sees the victim under.
 */
public final class CourtManifest {

    /**
     * How cases-service described a complaint's file until it stopped naming the complaint
     * ({@code Evidence of complaint IQ-2026-…: <file name>}); such a description, from a case or a
     * stored version (V2 rewrote those), is replaced by the one cases-service writes now.
     */
    static final String COMPLAINT_EVIDENCE_NAMED = "Evidence of complaint ";

    /** A media type as a registry writes it; anything else the uploader claimed is not repeated. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9.+-]{0,40}/[a-z0-9][a-z0-9.+-]{0,60}");

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"), Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"),
            Map.entry("image/heic", "heic"), Map.entry("video/mp4", "mp4"), Map.entry("video/quicktime", "mov"),
            Map.entry("audio/mpeg", "mp3"), Map.entry("audio/ogg", "ogg"), Map.entry("audio/mp4", "m4a"),
            Map.entry("application/pdf", "pdf"), Map.entry("text/plain", "txt"), Map.entry("application/zip", "zip"));

    private CourtManifest() {
    }

    /** {@code item-3.jpg}: the item's place in the manifest (from 1) and its media type's extension. */
    public static String fileName(int position, String contentType) {
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return "item-" + position + "." + EXTENSIONS.getOrDefault(type, "bin");
    }

    /** The case's description, unless it names the complaint the file came with. */
    public static String description(String description, String contentType, Long sizeBytes) {
        if (description == null || !description.startsWith(COMPLAINT_EVIDENCE_NAMED)) {
            return description;
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        return "Evidence file from a victim's complaint: " + (MEDIA_TYPE.matcher(type).matches() ? type : "unknown type")
                + ", " + (sizeBytes == null ? 0 : sizeBytes) + " bytes";
    }
}
