package org.sanad.evidence.store;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.sanad.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.ValidatableResponse;

/** Test fixture: calls to {@link EvidenceFixtureResource} and counts of the store's rows. */
final class EvidenceFixture {

    static final String PATH = "/evidence-fixture";

    /** Signed tokens for the test application (its OIDC audience). */
    static final TestTokens TOKENS = new TestTokens("evidence-test");

    /** An object stored and committed through the fixture: what a service's record would keep. */
    record Stored(UUID objectId, String sha256) {
    }

    private EvidenceFixture() {
    }

    static ValidatableResponse upload(String contentType, String fileName, byte[] bytes) {
        return given().contentType(contentType).queryParam("fileName", fileName).body(bytes).when().post(PATH).then();
    }

    static Stored stored(String contentType, byte[] bytes) {
        var body = upload(contentType, "evidence", bytes).statusCode(201).extract();
        return new Stored(UUID.fromString(body.path("objectId")), body.path("sha256"));
    }

    static ValidatableResponse download(Stored stored) {
        return given().queryParam("sha256", stored.sha256()).when().get(PATH + "/" + stored.objectId()).then();
    }

    /** A count (or any single number) {@code sql} answers with its positional parameters bound. */
    static long count(EntityManager entityManager, String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
