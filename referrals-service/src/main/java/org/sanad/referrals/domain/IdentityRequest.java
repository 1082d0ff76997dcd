package org.sanad.referrals.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.ActorStamped;

/** A court asked, with a reason, who a pseudonymised victim is. The answer is passed on, never stored. */
@Entity
@Table(name = "identity_request")
public class IdentityRequest extends ActorStamped {

    public enum Outcome {
        REQUESTED, DISCLOSED, FAILED
    }

    @Id
    public UUID id;

    @Column(name = "referral_id", nullable = false)
    public UUID referralId;

    @Column(nullable = false)
    public String pseudonym;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(nullable = false)
    public String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;
}
