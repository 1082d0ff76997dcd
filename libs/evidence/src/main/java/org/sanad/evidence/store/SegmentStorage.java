package org.sanad.evidence.store;

import java.util.UUID;

/**
 * Where the sealed segments of evidence objects are kept ({@code sanad.evidence-store.kind}): the
 * service's PostgreSQL ({@link DatabaseSegments}, the default) or an S3-compatible object store
 * ({@link S3Segments}) for deployments whose evidence outgrows the database. The metadata (keys,
 * hash, size, whether committed) stays in PostgreSQL either way; a storage only ever sees
 * ciphertext.
 */
public interface SegmentStorage {

    /** The name recorded with each object ({@code evidence_object.storage}). */
    String kind();

    void put(UUID objectId, int segment, byte[] sealed);

    /** The sealed segment; an {@link EvidenceIntegrityException} when it is missing. */
    byte[] get(UUID objectId, int segment);

    /** Removes every segment of the object, however many were written (an aborted upload included). */
    void deleteAll(UUID objectId);

    /** Whether deleting the object's metadata row also deletes its segments (one transaction). */
    boolean deletedWithTheRow();
}
