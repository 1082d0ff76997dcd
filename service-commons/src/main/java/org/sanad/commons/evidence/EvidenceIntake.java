package org.sanad.commons.evidence;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import org.sanad.commons.hashing.Sha256;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;

/**
 * How every service takes in an evidence file: a clean file name, a content type from the
 * allow-list, the bytes hashed (SHA-256) while they stream in and bounded in size, and bytes that
 * start the way their declared type does. What it answers is ready to be stored with its hash.
 *
 * @param allowedContentTypes lower-case media types without parameters
 */
public record EvidenceIntake(Set<String> allowedContentTypes, long maxBytes) {

    public static final int MAX_FILE_NAME = 255;

    public record ReceivedFile(String fileName, String contentType, byte[] bytes, String sha256) {

        public long size() {
            return bytes.length;
        }
    }

    /** Refuses (400, 413, 415) a file that fails any rule; nothing is kept of it then. */
    public ReceivedFile receive(String fileName, String contentType, InputStream body) {
        String name = cleanFileName(fileName);
        String type = allowedContentType(contentType);
        Sha256.Received received = Sha256.read(body, maxBytes);
        if (!EvidenceSignatures.plausible(type, received.bytes())) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "evidence.content-mismatch", type);
        }
        return new ReceivedFile(name, type, received.bytes(), received.sha256());
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
