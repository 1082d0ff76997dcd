package org.sanad.cases.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "suspect")
public class Suspect extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Encrypted
    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** Comma-separated aliases. */
    @Encrypted
    public String aliases;

    /** Officers' notes; encrypted at rest. */
    @Encrypted
    public String notes;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
