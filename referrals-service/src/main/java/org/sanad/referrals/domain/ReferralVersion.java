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
import org.sanad.privacy.Encrypted;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One version of a referral's content. A draft is edited in place; once submitted it is never
 * changed again: a returned referral is amended into the next version. What a prosecutor writes
 * and what names people (the summary, the defendants, the evidence's descriptions) is encrypted at
 * rest; the defendants and the manifest are kept as encrypted JSON and read through their methods.
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

    @Encrypted
    @Column(nullable = false)
    public String summary;

    @Encrypted
    @Column(name = "defendants", nullable = false)
    String defendantsJson;

    /** Pseudonyms and complaint ids only: kept as clear JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<VictimPseudonym> victims;

    @Encrypted
    @Column(name = "evidence", nullable = false)
    String evidenceJson;

    @Column(name = "drafted_at", nullable = false)
    public Instant draftedAt;

    @Column(name = "drafted_by", nullable = false)
    public String draftedBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;

    /** The detached JWS made when the version was submitted; never re-made (docs/referral-signatures.md). */
    @Column(name = "signature_jws")
    public String signatureJws;

    /** The RFC 7638 thumbprint of the key that made {@link #signatureJws}. */
    @Column(name = "signature_kid")
    public String signatureKid;

    public static Optional<ReferralVersion> of(UUID referralId, int number) {
        return find("referralId = ?1 and number = ?2", referralId, number).firstResultOptional();
    }

    public List<Defendant> defendants() {
        return StoredJson.read(defendantsJson, DEFENDANTS);
    }

    public void defendants(List<Defendant> defendants) {
        defendantsJson = StoredJson.write(defendants);
    }

    /** The evidence manifest, in its order. */
    public List<ManifestItem> evidence() {
        return StoredJson.read(evidenceJson, MANIFEST);
    }

    public void evidence(List<ManifestItem> evidence) {
        evidenceJson = StoredJson.write(evidence);
    }

    public Optional<ManifestItem> item(UUID itemId) {
        return evidence().stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }

    private static final TypeReference<List<Defendant>> DEFENDANTS = new TypeReference<>() {
    };
    private static final TypeReference<List<ManifestItem>> MANIFEST = new TypeReference<>() {
    };
}
