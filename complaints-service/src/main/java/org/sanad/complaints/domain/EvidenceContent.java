package org.sanad.complaints.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "evidence_content")
public class EvidenceContent extends PanacheEntityBase {

    @Id
    @Column(name = "evidence_id")
    public UUID evidenceId;

    @Column(nullable = false)
    public byte[] bytes;
}
