package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change a court may see, with the referral as it stood then. Appended, never changed. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry extends PanacheEntityBase {

    /** Taken from the column's sequence when the entry is persisted: its encrypted snapshot is sealed to it. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feed_entry_position")
    @SequenceGenerator(name = "feed_entry_position", sequenceName = "feed_entry_position_seq", allocationSize = 1)
    public Long position;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public String change;

    /** The referral's view as JSON text: written once, served to courts as it is, never parsed; encrypted at rest. */
    @Encrypted
    @Column(nullable = false)
    public String snapshot;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
