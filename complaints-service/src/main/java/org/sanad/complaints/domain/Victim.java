package org.sanad.complaints.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The victim's personal data: every read of it is audited. */
@Embeddable
public class Victim {

    @Column(name = "victim_name")
    public String name;

    /** E.164. */
    @Column(name = "victim_contact_phone")
    public String contactPhone;

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
