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

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * The hash of an intimate image or video the victim would not send, computed on their device
 * (V13). The hash stays clear, as an evidence file's SHA-256 does: it is matched against
 * platforms' and other complaints' hashes. The victim's label for it is their own words, sealed.
 */
@Entity
@Table(name = "image_hash")
public class ImageHash extends PanacheEntityBase {

    /** The most hashes one complaint holds, filed and added together. */
    public static final int MAX_PER_COMPLAINT = 100;

    /** PDQ's authors: a hash of quality under this is too unreliable to match on. */
    public static final int PDQ_LOW_QUALITY_BELOW = 50;

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id")
    public Complaint complaint;

    /** Order within the complaint, as the filer gave them. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HashAlgorithm algorithm;

    /** Lower-case hexadecimal, {@link HashAlgorithm#hexDigits()} long. */
    @Column(nullable = false)
    public String value;

    /** PDQ's quality, 0–100; null for MD5. */
    public Integer quality;

    @Encrypted
    public String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_with", nullable = false)
    public HashSubmission addedWith;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    public boolean isLowQuality() {
        return algorithm.hasQuality() && quality < PDQ_LOW_QUALITY_BELOW;
    }
}
