package org.sanad.complaints.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.sanad.kernel.identifiers.IdentifierType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A phone, handle, URL, e-mail or wallet the blackmailer used, as written and normalised. */
@Entity
@Table(name = "blackmailer_identifier")
public class BlackmailerIdentifier extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    public Complaint complaint;

    /** Order within the complaint, as the filer listed them. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IdentifierType type;

    @Column(name = "raw_value", nullable = false)
    public String rawValue;

    @Column(name = "normalised_value", nullable = false)
    public String normalisedValue;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;
}
