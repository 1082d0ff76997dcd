package org.sanad.cases.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The bytes of a file investigators extracted and uploaded. */
@Entity
@Table(name = "evidence_item_content")
public class EvidenceItemContent extends PanacheEntityBase {

    @Id
    @Column(name = "item_id")
    public UUID itemId;

    @Column(nullable = false)
    public byte[] bytes;
}
