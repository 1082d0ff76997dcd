package org.sanad.evidence;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.sanad.evidence.store.EvidenceStore;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

/**
 * How every service takes in an evidence file: a clean file name, a content type from the
 * allow-list, then the bytes streamed into the {@link EvidenceStore} (hashed with SHA-256,
 * checked against their type, bounded in size and encrypted on the way). What it answers is an
 * uncommitted object the caller records, with its hash, in one short transaction that
 * {@link EvidenceStore#commit commits} it. Call it outside any transaction: it reads the client.
 *
 * @param allowedContentTypes lower-case media types without parameters
 */
public record EvidenceIntake(Set<String> allowedContentTypes, long maxBytes, EvidenceStore store) {

    public static final int MAX_FILE_NAME = 255;

    public record ReceivedFile(String fileName, String contentType, UUID objectId, long size, String sha256) {
    }

    /** Refuses (400, 413, 415) a file that fails any rule; nothing is kept of it then. */
    public ReceivedFile receive(String fileName, String contentType, InputStream body) {
        String name = cleanFileName(fileName);
        String type = allowedContentType(contentType);
        EvidenceStore.Stored stored = store.write(body, maxBytes, EvidenceSignatures.check(type), type);
        return new ReceivedFile(name, type, stored.objectId(), stored.size(), stored.sha256());
    }

    String allowedContentType(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!allowedContentTypes.contains(type)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "evidence.type-not-allowed",
                    String.join(", ", allowedContentTypes.stream().sorted().toList()));
        }
        return type;
    }

    /**
     * Keeps only the last path segment and drops control and Unicode format characters (a
     * right-to-left override makes {@code photo\u202Egnp.exe} show as {@code photoexe.png}); a
     * name is required.
     */
    public static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw ProblemException.invalidField("fileName", "evidence.file-name.required");
        }
        if (name.length() > MAX_FILE_NAME) {
            throw ProblemException.invalidField("fileName", "evidence.file-name.too-long");
        }
        return name;
    }
}
