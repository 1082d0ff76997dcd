package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change a court may see, with the referral as it stood then. Appended, never changed. */
@Entity
@Table(name = "feed_entry")
public class FeedEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long position;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public String change;

    /** The referral's view as JSON text (jsonb): written once, and served to courts as it is, never parsed. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String snapshot;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
