package org.sanad.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sanad.testing.OpenApiContract;
import org.sanad.testing.RepeatedKeys;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A JSON body that repeats a key is refused as malformed, naming the key, on every route that takes one. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(ComplaintsStub.class)
class RepeatedKeysTest {

    @Test
    void everyRouteTakingJsonRefusesARepeatedKeyNamingItNever500() {
        var routes = RepeatedKeys.check(OpenApiContract.COMMITTED, Arrays.asList(null, Deliveries.TOKENS.officer("investigator", "IQ-BG"), Deliveries.TOKENS.officer("supervisor", "IQ-BG"),
                Deliveries.TOKENS.officer("prosecutor", "IQ-BG"), Deliveries.TOKENS.service("complaints-service"),
                Deliveries.TOKENS.service("referrals-service"), Deliveries.TOKENS.withRoles("repeated-keys-auditor", "auditor"),
                Deliveries.TOKENS.withRoles("repeated-keys-admin", "admin")));
        assertTrue(routes.size() >= 3, "routes checked: " + routes);
    }
}
