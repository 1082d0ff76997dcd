package org.sanad.complaints.notify;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.privacy.Encrypted;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * How the victim chose to be told of one complaint. The phone and the push subscription are
 * encrypted at rest, never shown to an officer, and erased when the complaint closes.
 */
@Entity
@Table(name = "victim_contact")
public class VictimContact extends PanacheEntityBase {

    @Id
    @Column(name = "complaint_id")
    public UUID complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ContactChannel channel;

    /** ar, en, fr or ckb. */
    @Column(nullable = false)
    public String language;

    /** E.164. */
    @Encrypted
    public String phone;

    /** The browser's subscription as JSON ({@code endpoint}, {@code p256dh}, {@code auth}). */
    @Encrypted
    @Column(name = "push_subscription")
    public String pushSubscription;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** Whether messages go out: a channel chosen and the contact not erased. */
    public boolean reachable() {
        return erasedAt == null && channel != ContactChannel.NONE;
    }

    public void erase(Instant now) {
        phone = null;
        pushSubscription = null;
        erasedAt = now;
        updatedAt = now;
    }
}
