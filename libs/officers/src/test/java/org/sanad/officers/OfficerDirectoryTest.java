package org.sanad.officers;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.officers.OfficerFixtures.TOKENS;
import static org.sanad.officers.OfficerFixtures.actAs;
import static org.sanad.officers.OfficerFixtures.recorded;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The directory learns officers from the audit log's CallerAudited event, in the audit entry's transaction. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OfficerDirectoryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void anOfficersAuditedActionRecordsThemAsTheirTokenDescribesThem() {
        actAs(TOKENS.namedOfficer("investigator-rana", "رنا الجبوري", "female", "investigator", "IQ-NI"));

        Officer rana = recorded("investigator-rana").orElseThrow();
        assertEquals("رنا الجبوري", rana.displayName);
        assertEquals("IQ-NI", rana.governorate);
        assertEquals("investigator", rana.roles);
        assertEquals("FEMALE", rana.gender);
    }

    @Test
    void aCitizensAnAuditorsOrAServicesActionRecordsNobody() {
        actAs(TOKENS.citizen("citizen-not-an-officer"));
        actAs(TOKENS.withRoles("auditor-not-an-officer", "auditor"));
        actAs(TOKENS.service("cases-service"));

        assertTrue(recorded("citizen-not-an-officer").isEmpty());
        assertTrue(recorded("auditor-not-an-officer").isEmpty());
        assertTrue(recorded("service-account-cases-service").isEmpty());
    }

    @Test
    void anUnchangedOfficerCostsNoSecondWriteAChangedOneIsWrittenAgain() {
        actAs(TOKENS.namedOfficer("investigator-sami", "Sami", "MALE", "investigator", "IQ-DA"));
        String written = rowVersion("investigator-sami");

        actAs(TOKENS.namedOfficer("investigator-sami", "Sami", "MALE", "investigator", "IQ-DA"));
        assertEquals(written, rowVersion("investigator-sami"), "the same description is not written again");

        actAs(TOKENS.namedOfficer("investigator-sami", "Sami Kareem", "MALE", "investigator", "IQ-DA"));
        assertNotEquals(written, rowVersion("investigator-sami"));
        assertEquals("Sami Kareem", recorded("investigator-sami").orElseThrow().displayName);
    }

    @Test
    void anOfficerWhoseRequestRolledBackIsWrittenByTheirNextAction() {
        String token = TOKENS.namedOfficer("investigator-noor", "Noor", "FEMALE", "investigator", "IQ-DA");
        given().auth().oauth2(token).when().post("/fixture/records/any/failed-changes").then().statusCode(409);
        assertTrue(recorded("investigator-noor").isEmpty(), "the record went with the request's transaction");

        actAs(token);
        assertEquals("Noor", recorded("investigator-noor").orElseThrow().displayName);
    }

    @Test
    void aGovernorateLongerThanAnyRegionCodeIsNotRecordedAsOne() {
        actAs(TOKENS.officer("intake-officer", "NOT-A-REGION-CODE-AT-ALL"));

        Officer officer = recorded("intake-officer-NOT-A-REGION-CODE-AT-ALL").orElseThrow();
        assertNull(officer.governorate);
    }

    /** The row's transaction id: it changes with every write of the row. */
    private String rowVersion(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT xmin::text FROM officer WHERE subject = :subject")
                .setParameter("subject", subject).getSingleResult().toString());
    }
}
