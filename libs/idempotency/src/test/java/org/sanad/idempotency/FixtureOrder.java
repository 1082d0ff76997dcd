package org.sanad.idempotency;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Test fixture: the effect of a request, as a service's record is. */
@Entity
@Table(name = "fixture_order")
public class FixtureOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    public String owner;

    public String note;
}
