package org.sanad.complaints.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Information the filer added after filing, e.g. the answer to an officer's question. */
@Entity
@Table(name = "supplement")
public class Supplement extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    public Complaint complaint;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Encrypted
    public String text;
}
