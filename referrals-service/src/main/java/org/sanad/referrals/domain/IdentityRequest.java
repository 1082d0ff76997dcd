package org.sanad.referrals.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.persistence.ActorStamped;
import org.sanad.privacy.Encrypted;

/**
 * A court asked, with a reason, who a pseudonymised victim is. The answer is passed on, never
 * stored. Where a prosecutor approves requests first, a request waits for that decision, and the
 * court fetches the identity once it is approved.
 */
@Entity
@Table(name = "identity_request")
public class IdentityRequest extends ActorStamped {

    @Schema(name = "IdentityRequestOutcome")
    public enum Outcome {
        REQUESTED, AWAITING_APPROVAL, APPROVED, REFUSED, DISCLOSED, FAILED;

        /** Where the court may have the identity fetched: asked without approval, or approved. */
        public boolean disclosable() {
            return this == REQUESTED || this == APPROVED;
        }
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public String pseudonym;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    /** The court's reason; encrypted at rest. */
    @Encrypted
    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    /** The prosecutor's decision, where one is needed. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The prosecutor's note on the decision; encrypted at rest. */
    @Encrypted
    @Column(name = "decision_note")
    public String decisionNote;
}
