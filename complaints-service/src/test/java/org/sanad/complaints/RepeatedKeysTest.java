package org.sanad.complaints;

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
@WithTestResource(CasesStub.class)
class RepeatedKeysTest {

    @Test
    void everyRouteTakingJsonRefusesARepeatedKeyNamingItNever500() {
        var routes = RepeatedKeys.check(OpenApiContract.COMMITTED, Arrays.asList(null, Fixtures.TOKENS.citizen("repeated-keys-citizen"), Fixtures.TOKENS.officer("intake-officer", "IQ-BG"),
                Fixtures.TOKENS.officer("supervisor", "IQ-BG"), Fixtures.TOKENS.service("cases-service"),
                Fixtures.TOKENS.service("referrals-service"), Fixtures.TOKENS.withRoles("repeated-keys-auditor", "auditor"),
                Fixtures.TOKENS.withRoles("repeated-keys-admin", "admin")));
        assertTrue(routes.size() >= 3, "routes checked: " + routes);
    }
}
