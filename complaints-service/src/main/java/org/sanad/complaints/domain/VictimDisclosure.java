package org.sanad.complaints.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.ActorStamped;
import org.sanad.privacy.Encrypted;

/** A victim's identity given to a court that asked for it, with the court's reason. */
@Entity
@Table(name = "victim_disclosure")
public class VictimDisclosure extends ActorStamped {

    @Id
    public UUID id;

    @Column(name = "complaint_id", nullable = false)
    public UUID complaintId;

    @Column(name = "court_code", nullable = false)
    public String courtCode;

    @Column(name = "reference_number", nullable = false)
    public String referenceNumber;

    /** The court's reason, as it wrote it. */
    @Encrypted
    @Column(nullable = false)
    public String reason;
}
