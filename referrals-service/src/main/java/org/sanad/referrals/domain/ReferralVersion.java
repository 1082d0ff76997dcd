package org.sanad.referrals.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a referral's content. A draft is edited in place; once submitted it is never
 * changed again: a returned referral is amended into the next version.
 */
@Entity
@Table(name = "referral_version")
@IdClass(ReferralVersion.Key.class)
public class ReferralVersion extends PanacheEntityBase {

    public record Key(UUID referralId, int number) implements Serializable {

        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "referral_id")
    public UUID referralId;

    @Id
    public int number;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Defendant> defendants;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<VictimPseudonym> victims;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ManifestItem> evidence;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    @Column(name = "drafted_by", nullable = false)
    public String draftedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    public static Optional<ReferralVersion> of(UUID referralId, int number) {
        return find("referralId = ?1 and number = ?2", referralId, number).firstResultOptional();
    }

    public Optional<ManifestItem> item(UUID itemId) {
        return evidence.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }
}
