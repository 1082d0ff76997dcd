package org.sanad.core.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.sanad.core.http.Versions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record clients change under optimistic concurrency: its version is the {@code ETag} they
 * send back in {@code If-Match} (see {@link org.sanad.core.http.Versions}).
 */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /**
     * Takes this record's row lock for the rest of the transaction, re-reading it, and refuses the
     * change (412) unless it is still at the version the client saw. Of two changes sent with the same
     * {@code If-Match}, the second waits for the first to commit and is then refused, instead of racing
     * it into a unique index or silently following it.
     */
    public void claimVersion(long expected) {
        Versions.check(expected, version);
        getEntityManager().refresh(this, LockModeType.PESSIMISTIC_WRITE);
        Versions.check(expected, version);
    }
}
