package org.sanad.privacy;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Test fixture: a row its migration wrote before values were sealed to their rows (V3). */
@Entity
@Table(name = "fixture_legacy_note")
public class FixtureLegacyNote extends PanacheEntityBase {

    /** The one row V3 writes. */
    static final UUID WRITTEN_BEFORE = UUID.fromString("00000000-0000-4000-8000-000000000001");

    @Id
    public UUID id;

    @Encrypted
    @Column(name = "old_note")
    public String oldNote;

    @Encrypted
    public String note;
}
