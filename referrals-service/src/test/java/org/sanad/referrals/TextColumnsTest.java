package org.sanad.referrals;

import java.sql.SQLException;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.sanad.testing.TextColumns;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every text column of the service's database, as its migrations leave it, is encrypted or in
 * clear for a reason written here: a new column that people write cannot be added in clear
 * unnoticed, and an entry here that is encrypted since, or gone, must be taken out.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class TextColumnsTest {

    private static final String ENUM = "an enum's code";
    private static final String SUBJECT = "a token subject (an id), not a name";
    private static final String COURT = "a court's code";

    /** The service's own columns in clear, and why. */
    static final Map<String, String> IN_CLEAR = Map.ofEntries(
            Map.entry("referral.reference_number", "a number the service gives the referral"),
            Map.entry("referral.case_number", "cases-service's case number"),
            Map.entry("referral.governorate", "an ISO 3166-2 code"),
            Map.entry("referral.court_code", COURT),
            Map.entry("referral.status", ENUM),
            Map.entry("referral.created_by", SUBJECT),
            Map.entry("referral_version.court_code", COURT),
            Map.entry("referral_version.victims", "the victims' pseudonyms (VICTIM-1) and complaint ids, as JSON; no name"),
            Map.entry("referral_version.drafted_by", SUBJECT),
            Map.entry("referral_version.submitted_by", SUBJECT),
            Map.entry("referral_version.signature_jws", "a detached JWS: the header (alg, kid) and the signature, no content"),
            Map.entry("referral_version.signature_kid", "a public key's thumbprint"),
            Map.entry("court_reply.kind", ENUM),
            Map.entry("court_reply.outcomes", "enum codes: the review's or the verdicts' outcomes, for the statistics"),
            Map.entry("court_reply.actor_subject", SUBJECT),
            Map.entry("court_reply.actor_roles", "role codes"),
            Map.entry("feed_entry.court_code", COURT),
            Map.entry("feed_entry.change", ENUM),
            Map.entry("evidence_access.court_code", COURT),
            Map.entry("evidence_access.outcome", ENUM),
            Map.entry("evidence_access.expected_sha256", "a SHA-256"),
            Map.entry("evidence_access.observed_sha256", "a SHA-256"),
            Map.entry("evidence_access.actor_subject", SUBJECT),
            Map.entry("evidence_access.actor_roles", "role codes"),
            Map.entry("identity_request.pseudonym", "a victim's pseudonym (VICTIM-1), not a name"),
            Map.entry("identity_request.court_code", COURT),
            Map.entry("identity_request.outcome", ENUM),
            Map.entry("identity_request.actor_subject", SUBJECT),
            Map.entry("identity_request.actor_roles", "role codes"),
            Map.entry("identity_request.decided_by", SUBJECT),
            Map.entry("court_webhook.court_code", COURT));

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void everyTextColumnIsEncryptedOrInClearForAReasonWrittenHere() throws SQLException {
        TextColumns.assertAccountedFor(jdbcUrl, IN_CLEAR);
    }
}
