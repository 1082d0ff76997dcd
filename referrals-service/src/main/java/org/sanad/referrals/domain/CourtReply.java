package org.sanad.referrals.domain;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.ActorStamped;
import org.sanad.privacy.Encrypted;

/** One reply of the court to one version: a receipt, the review outcome, a hearing, the decision. */
@Entity
@Table(name = "court_reply")
public class CourtReply extends ActorStamped {

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(name = "version_number", nullable = false)
    public int versionNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus.Reply kind;

    /** The reply as the court sent it, as JSON; encrypted at rest (reasons, places, the decision's text). */
    @Encrypted
    @Column(nullable = false)
    public String body;

    /**
     * The outcome codes, in clear for the statistics: a review's outcome, a decision's verdicts'
     * outcomes. Null for receipts and hearings, and for reviews and decisions recorded before the
     * column until UnrecordedOutcomes fills it.
     */
    @Column(columnDefinition = "varchar(24)[]")
    public String[] outcomes;

    public static List<CourtReply> ofVersion(UUID referralId, int version) {
        return list("referralId = ?1 and versionNumber = ?2 order by occurredAt, id", referralId, version);
    }
}
