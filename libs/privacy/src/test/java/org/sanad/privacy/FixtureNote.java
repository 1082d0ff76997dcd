package org.sanad.privacy;

import java.util.UUID;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Test fixture: a record with two personal-data fields, mapped as a service maps its own. */
@Entity
@Table(name = "fixture_note")
public class FixtureNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Convert(converter = EncryptedText.class)
    public String author;

    @Convert(converter = EncryptedText.class)
    public String body;

    /** Not personal data: kept in clear, never touched by a rotation. */
    public String subject;
}
