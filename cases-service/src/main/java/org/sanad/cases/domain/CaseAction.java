package org.sanad.cases.domain;

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

/** One entry of a case's timeline. */
@Entity
@Table(name = "case_action")
public class CaseAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActionType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Token subject of the officer who recorded it ({@code system} for the service's own entries). */
    @Column(nullable = false)
    public String officer;

    /** The officer's note; encrypted at rest. */
    @Encrypted
    public String details;

    @Encrypted
    public String place;

    @Encrypted
    public String unit;

    @Column(name = "suspect_id")
    public UUID suspectId;

    /** For a platform's answer: the request it answers. */
    @Column(name = "answers_action_id")
    public UUID answersActionId;
}
