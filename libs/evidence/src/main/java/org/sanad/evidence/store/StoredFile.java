package org.sanad.evidence.store;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.sanad.evidence.EvidenceIntake;
import org.sanad.privacy.Encrypted;
import org.sanad.privacy.SealOf;

/**
 * A file as kept in the evidence store: its name, type and size, the SHA-256 of its bytes as
 * received, the {@link EvidenceStore}'s object that holds them, and when and why those bytes were
 * purged. A purge keeps everything else, so the hash can still be checked against a copy. The
 * object, hash and size are sealed to the record's row: swapped with another record's (another
 * victim's file), they are refused when the record is read.
 * <p>
 * Hibernate loads an embedded whose columns are all null as null; {@code sha256} is NOT NULL in
 * every table that embeds this, so a loaded record always has its file. The columns' nullability
 * is the embedding table's: a record may stand for a file never uploaded (a device, a hash
 * registered by hand, a file whose bytes stay in another service), with no name, type, size or
 * object.
 */
@Embeddable
public class StoredFile {

    /** As the uploader named it: encrypted at rest. */
    @Encrypted
    @Column(name = "file_name")
    public String name;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    /** SHA-256 of the bytes as received, lower-case hex. */
    @Column(name = "sha256", nullable = false)
    public String sha256;

    /** The encrypted bytes in the {@link EvidenceStore}; null once purged, or if never stored here. */
    @Column(name = "object_id")
    public UUID objectId;

    /**
     * The seal of the object, hash and size, bound to the row (written and checked by
     * sanad-privacy, never set here); the column's comment names the columns it seals.
     */
    @SealOf({ "objectId", "sha256", "sizeBytes" })
    @Column(name = "file_seal")
    public String seal;

    /** When the bytes were purged at the end of their retention period. */
    @Column(name = "purged_at")
    public Instant purgedAt;

    @Column(name = "purge_reason")
    public String purgeReason;

    /** The file the intake just stored. */
    public static StoredFile of(EvidenceIntake.ReceivedFile received) {
        StoredFile file = new StoredFile();
        file.name = received.fileName();
        file.contentType = received.contentType();
        file.sizeBytes = received.size();
        file.sha256 = received.sha256();
        file.objectId = received.objectId();
        return file;
    }

    public boolean isPurged() {
        return purgedAt != null;
    }

    /**
     * Forgets the stored object and records the purge; the caller deletes the object in the same
     * transaction ({@link org.sanad.evidence.retention.EvidencePurge#discard}).
     *
     * @return the object whose bytes are to be deleted
     */
    public UUID purge(String reason, Instant when) {
        UUID purged = objectId;
        objectId = null;
        purgedAt = when;
        purgeReason = reason;
        return purged;
    }
}
