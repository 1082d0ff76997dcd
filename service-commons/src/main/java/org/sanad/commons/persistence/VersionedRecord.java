package org.sanad.commons.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record clients change under optimistic concurrency: its version is the {@code ETag} they
 * send back in {@code If-Match} (see {@link org.sanad.commons.http.Versions}).
 */
@MappedSuperclass
public abstract class VersionedRecord extends PanacheEntityBase {

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
