package org.sanad.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sanad.evidence.EvidenceSignatures;
import org.sanad.core.hashing.Sha256;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.scheduler.Scheduled;
import org.sanad.privacy.DataKeys;

/**
 * Evidence bytes at rest, encrypted and streamed: the metadata in the service's PostgreSQL
 * ({@code evidence_object}; sanad-evidence's migrations {@code V0_4}, {@code V0_5}), the sealed
 * segments in a {@link SegmentStorage} (PostgreSQL by default, or an S3-compatible store):
 * <ul>
 * <li>An object is a sequence of segments of {@value #SEGMENT_BYTES} bytes, each sealed with
 * AES-256-GCM under the object's own data key ({@link DataKeys}); a segment's nonce is the
 * object's random prefix and the segment's number, and its associated data names the object, the
 * number and whether it is the last, so segments can be neither altered, reordered, moved to
 * another object nor cut off.</li>
 * <li>Writing reads the client's bytes a segment at a time, hashing (SHA-256 of the original
 * bytes), checking and encrypting them, and writes each segment in a statement of its own on a
 * connection taken only for it: no transaction and no pooled connection waits on a slow client,
 * and the heap holds two segments whatever the file's size.</li>
 * <li>An object is kept only once the caller's transaction {@link #commit(UUID) commits} it with
 * the record that refers to it; an aborted upload is deleted at once, or swept an hour later.</li>
 * <li>Reading decrypts segment by segment and re-computes the hash; a segment that fails its tag,
 * or bytes that no longer give the recorded hash, are an {@link EvidenceIntegrityException}.</li>
 * </ul>
 */
@ApplicationScoped
public class EvidenceStore {

    static final int SEGMENT_BYTES = 256 * 1024;
    private static final int NONCE_PREFIX_BYTES = 8;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager entityManager;

    @Inject
    DataKeys keys;

    @Inject
    Instance<SegmentStorage> storages;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The storage configured by {@code sanad.evidence-store.kind}. */
    private SegmentStorage storage;

    @PostConstruct
    void chooseStorage() {
        storage = storages.get();
    }

    @ConfigProperty(name = "sanad.evidence-store.orphan-after", defaultValue = "PT1H")
    Duration orphanAfter;

    /** The longest an upload may take, whatever its size. */
    @ConfigProperty(name = "sanad.evidence-store.upload-max-duration", defaultValue = "PT1H")
    Duration uploadMaxDuration;

    /** The slowest average an upload may keep up once past {@link #uploadGrace} (8 KiB/s: a poor 2G link). */
    @ConfigProperty(name = "sanad.evidence-store.upload-min-rate", defaultValue = "8192")
    long uploadMinBytesPerSecond;

    @ConfigProperty(name = "sanad.evidence-store.upload-grace", defaultValue = "PT1M")
    Duration uploadGrace;

    /**
     * The most the store may hold, in original bytes: an upload that could take it past this is
     * refused (507) before a byte is read, so the volume or bucket never fills up. None: no bound.
     */
    @ConfigProperty(name = "sanad.evidence-store.max-stored-bytes")
    Optional<MemorySize> maxStoredBytes;

    /** What was stored: the object, the number of original bytes and their SHA-256 (hex). */
    public record Stored(UUID objectId, long size, String sha256) {
    }

    /** An object opened for reading: its recorded size and hash, and its data key. */
    public record Opened(UUID objectId, long size, String sha256, int segments, SecretKey key, byte[] noncePrefix) {
    }

    /**
     * Stores {@code body} as a new, not yet committed object. Refuses (nothing kept) an empty body
     * (400), one past {@code maxBytes} (413, as soon as it passes), bytes {@code check} finds
     * not of their type (415) and a client too slow ({@link PacedInput}, 408).
     */
    public Stored write(InputStream body, long maxBytes, EvidenceSignatures.Check check, String contentType) {
        requireHeadroom(maxBytes);
        UUID objectId = UUID.randomUUID();
        DataKeys.DataKey dataKey = keys.newDataKey(objectId);
        byte[] prefix = new byte[NONCE_PREFIX_BYTES];
        random.nextBytes(prefix);
        update("INSERT INTO evidence_object (id, created_at, committed, key_id, wrapped_key, nonce_prefix, storage) "
                + "VALUES (?, ?, false, ?, ?, ?, ?)", objectId, Timestamp.from(Instant.now()), dataKey.masterKeyId(),
                dataKey.wrapped(), prefix, storage.kind());
        try (InputStream in = new PacedInput(body, uploadMaxDuration, uploadMinBytesPerSecond, uploadGrace, System::nanoTime)) {
            MessageDigest digest = Sha256.digest();
            long size = 0;
            int segment = 0;
            byte[] current = readSegment(in);
            while (current.length > 0) {
                byte[] next = readSegment(in);
                size += current.length;
                if (size > maxBytes) {
                    throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "body.too-large", maxBytes);
                }
                digest.update(current);
                check.update(current, 0, current.length);
                if (segment == 0 && !check.needsWholeFile() && !check.plausible()) {
                    throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "evidence.content-mismatch", contentType);
                }
                byte[] sealed = seal(dataKey.key(), prefix, objectId, segment, next.length == 0, current);
                storage.put(objectId, segment, sealed);
                segment++;
                current = next;
            }
            if (size == 0) {
                throw ProblemException.invalidField("body", "body.empty");
            }
            if (!check.plausible()) {
                throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "evidence.content-mismatch", contentType);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            update("UPDATE evidence_object SET size_bytes = ?, sha256 = ?, segments = ? WHERE id = ?", size, hash,
                    segment, objectId);
            return new Stored(objectId, size, hash);
        } catch (IOException | RuntimeException e) {
            try {
                delete(objectId);
            } catch (RuntimeException cleanup) {
                // the sweeper removes it later (the database may be what failed)
                e.addSuppressed(cleanup);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Keeps the object: called in the transaction that records what refers to it. */
    @Transactional(TxType.MANDATORY)
    public void commit(UUID objectId) {
        int committed = entityManager.createNativeQuery("UPDATE evidence_object SET committed = true WHERE id = :id "
                + "AND size_bytes IS NOT NULL").setParameter("id", objectId).executeUpdate();
        if (committed != 1) {
            throw new IllegalStateException("evidence object " + objectId + " is not a complete upload");
        }
    }

    /**
     * Purges the object's bytes in the caller's transaction, which records the purge: the bytes
     * go only if the record of their going commits.
     */
    @Transactional(TxType.MANDATORY)
    public void discard(UUID objectId) {
        if (storage.deletedWithTheRow()) {
            entityManager.createNativeQuery("DELETE FROM evidence_object WHERE id = :id").setParameter("id", objectId)
                    .executeUpdate();
            return;
        }
        // segments outside the database go once the purge has committed; if this process dies
        // first, the object is an orphan for the sweeper (uncommitted, long past)
        entityManager.createNativeQuery("UPDATE evidence_object SET committed = false, created_at = :long_ago WHERE id = :id")
                .setParameter("long_ago", Instant.EPOCH).setParameter("id", objectId).executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        delete(objectId);
                    } catch (RuntimeException e) {
                        Log.warnf("Purged evidence object %s is left for the sweeper: %s", objectId, e.getMessage());
                    }
                }
            }
        });
    }

    public Opened open(UUID objectId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT key_id, wrapped_key, nonce_prefix, "
                        + "size_bytes, sha256, segments, storage FROM evidence_object WHERE id = ? AND committed")) {
            select.setObject(1, objectId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new EvidenceIntegrityException("evidence object " + objectId + " is missing");
                }
                if (!storage.kind().equals(row.getString(7))) {
                    throw new IllegalStateException("evidence object " + objectId + " is kept in " + row.getString(7)
                            + ", this service's evidence store is " + storage.kind());
                }
                SecretKey key;
                try {
                    key = keys.unwrap(row.getString(1), row.getBytes(2), objectId);
                } catch (DataKeys.UnwrapException e) {
                    throw new EvidenceIntegrityException(e.getMessage());
                }
                return new Opened(objectId, row.getLong(4), row.getString(5).strip(), row.getInt(6), key, row.getBytes(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The object opened for a download and checked before its first byte is sent: it records the
     * hash its record does ({@code recordedSha256}, taken on arrival) and decrypts whole, without
     * being kept, to bytes that still give it; an {@link EvidenceIntegrityException} otherwise.
     */
    public Opened openVerified(UUID objectId, String recordedSha256) {
        Opened object = open(objectId);
        if (!object.sha256().equals(recordedSha256)) {
            throw new EvidenceIntegrityException("evidence object " + objectId + " records " + object.sha256()
                    + ", its record " + recordedSha256);
        }
        verify(object);
        return object;
    }

    /** Decrypts the whole object without keeping it and answers whether it still gives its hash. */
    public void verify(Opened object) {
        copy(object, OutputStream.nullOutputStream());
    }

    /**
     * Writes the original bytes to {@code out} a segment at a time; throws before the first byte
     * of a segment that fails its tag, and after the last if the hash is not the recorded one.
     */
    public void copy(Opened object, OutputStream out) {
        String actual = decrypt(object, out);
        if (!actual.equals(object.sha256())) {
            throw new EvidenceIntegrityException("evidence object " + object.objectId() + " recorded " + object.sha256()
                    + ", decrypts to bytes hashing to " + actual);
        }
    }

    /**
     * The SHA-256 of the object's bytes as they decrypt now, to compare with what was recorded;
     * throws an {@link EvidenceIntegrityException} when they no longer decrypt at all.
     */
    public String hash(UUID objectId) {
        return decrypt(open(objectId), OutputStream.nullOutputStream());
    }

    /** Writes the decrypted segments to {@code out} in order and answers their SHA-256. */
    private String decrypt(Opened object, OutputStream out) {
        MessageDigest digest = Sha256.digest();
        for (int segment = 0; segment < object.segments(); segment++) {
            byte[] plain = open(object, segment, segment == object.segments() - 1, storage.get(object.objectId(), segment));
            digest.update(plain);
            try {
                out.write(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deletes an object that was never committed, or is being purged: segments first, then its row. */
    public void delete(UUID objectId) {
        storage.deleteAll(objectId);
        update("DELETE FROM evidence_object WHERE id = ?", objectId);
    }

    /** Uploads that never reached their record (the client went away, the record was refused). */
    @Scheduled(every = "${sanad.evidence-store.sweep-every:10m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweepOrphans() {
        int swept = 0;
        for (UUID orphan : orphans(Instant.now().minus(orphanAfter))) {
            delete(orphan);
            swept++;
        }
        if (swept > 0) {
            Log.infof("Swept %d evidence uploads that were never recorded", swept);
        }
    }

    private byte[] readSegment(InputStream in) throws IOException {
        return in.readNBytes(SEGMENT_BYTES);
    }

    private List<UUID> orphans(Instant before) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id FROM evidence_object WHERE NOT committed AND created_at < ? LIMIT 1000")) {
            select.setTimestamp(1, Timestamp.from(before));
            List<UUID> orphans = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    orphans.add(rows.getObject(1, UUID.class));
                }
            }
            return orphans;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] seal(SecretKey key, byte[] prefix, UUID objectId, int segment, boolean last, byte[] plain) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce(prefix, segment)));
            cipher.updateAAD(associatedData(objectId, segment, last));
            return cipher.doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] open(Opened object, int segment, boolean last, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, object.key(), new GCMParameterSpec(TAG_BITS, nonce(object.noncePrefix(), segment)));
            cipher.updateAAD(associatedData(object.objectId(), segment, last));
            return cipher.doFinal(sealed);
        } catch (GeneralSecurityException e) {
            throw new EvidenceIntegrityException("segment " + segment + " of evidence object " + object.objectId()
                    + " fails its authentication tag");
        }
    }

    private static byte[] nonce(byte[] prefix, int segment) {
        return ByteBuffer.allocate(NONCE_PREFIX_BYTES + Integer.BYTES).put(prefix).putInt(segment).array();
    }

    private static byte[] associatedData(UUID objectId, int segment, boolean last) {
        return ByteBuffer.allocate(16 + Integer.BYTES + 1).putLong(objectId.getMostSignificantBits())
                .putLong(objectId.getLeastSignificantBits()).putInt(segment).put((byte) (last ? 1 : 0)).array();
    }

    /**
     * Refuses (507) an upload when what is stored, every upload under way and this one, each counted
     * at {@code maxBytes}, could pass {@link #maxStoredBytes}: concurrent uploads cannot overshoot it
     * together. Read on a connection of its own, in no transaction.
     */
    private void requireHeadroom(long maxBytes) {
        if (maxStoredBytes.isEmpty()) {
            return;
        }
        long limit = maxStoredBytes.get().asLongValue();
        long stored;
        long underWay;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT COALESCE(SUM(size_bytes), 0), "
                        + "COUNT(*) FILTER (WHERE size_bytes IS NULL) FROM evidence_object");
                ResultSet row = select.executeQuery()) {
            row.next();
            stored = row.getLong(1);
            underWay = row.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (stored + (underWay + 1) * maxBytes > limit) {
            Log.errorf("EVIDENCE STORE FULL: %d bytes stored and %d uploads under way of at most %d bytes each, "
                    + "the limit is %d (sanad.evidence-store.max-stored-bytes): uploads are refused", stored, underWay,
                    maxBytes, limit);
            throw new ProblemException(ProblemType.STORAGE_FULL, ProblemType.STORAGE_FULL.detailKey());
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
