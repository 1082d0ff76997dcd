package org.sanad.privacy;

import java.util.UUID;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Test fixture: a record with encrypted fields, one in an embeddable, mapped as a service maps its own. */
@Entity
@Table(name = "fixture_note")
public class FixtureNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Encrypted
    public String author;

    @Encrypted
    public String body;

    /** Written in clear before its column was encrypted (V2). */
    @Encrypted
    public String remark;

    @Embedded
    public FixtureSigner signer;

    /** Not personal data: kept in clear, never touched by a rotation. */
    public String subject;

    @Version
    public long version;
}
