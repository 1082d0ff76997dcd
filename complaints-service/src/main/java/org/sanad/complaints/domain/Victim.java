package org.sanad.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.sanad.privacy.Encrypted;

/** The victim's personal data: encrypted at rest (name, phone), every read of it audited. */
@Embeddable
public class Victim {

    @Encrypted
    @Column(name = "victim_name")
    public String name;

    /** E.164. */
    @Encrypted
    @Column(name = "victim_contact_phone")
    public String contactPhone;

    /** The {@link org.sanad.privacy.BlindIndex} of {@link #contactPhone}, to find it. */
    @Column(name = "victim_phone_index")
    public String phoneIndex;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_age_band", nullable = false)
    public AgeBand ageBand;

    @Column(name = "victim_minor", nullable = false)
    public boolean minor;

    @Enumerated(EnumType.STRING)
    @Column(name = "victim_gender", nullable = false)
    public Gender gender;

    @Column(name = "victim_same_gender_officer", nullable = false)
    public boolean prefersSameGenderOfficer;
}
