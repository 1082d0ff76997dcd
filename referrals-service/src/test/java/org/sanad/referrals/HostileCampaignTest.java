package org.sanad.referrals;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.draft;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.testing.DataFingerprint;
import org.sanad.testing.HostileCampaign;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The generated hostile-input campaign over every operation of referrals-service's committed
 * contract. The marked referral is Baghdad's, before the Publishing and Media Court; every caller
 * is another court, a prosecutor of another governorate, another role or none. A Basra referral
 * before Basra's investigative court gives that court and Basra's prosecutor a record they may
 * act on, so hostile replies and amendments reach the rules behind the role and scope checks.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class HostileCampaignTest {

    private static final String BASRA = "IQ-BA";
    private static final String BASRA_COURT = "IQ-BA-INV";

    @Inject
    DataSource dataSource;

    @Test
    void noHostileRequestReachesA5xxAProblemInTheWrongLanguageAnotherScopeOrAWrite() {
        String marker = "MARKER-" + UUID.randomUUID();
        Referrals.StubbedCase markedCase = stubCase("IQ-BG");
        Map<String, Object> markedDraft = markedCase.draft(PMC);
        markedDraft.put("summary", "هدّد المتهم الضحية " + marker);
        String markedId = draft(PROSECUTOR, markedDraft).statusCode(201).extract().path("id");
        submit(markedId).statusCode(200);

        String basraProsecutor = TOKENS.officer("prosecutor", BASRA);
        Referrals.StubbedCase basraCase = stubCase(BASRA);
        String basraId = draft(basraProsecutor, basraCase.draft(BASRA_COURT)).statusCode(201).extract().path("id");
        submit(basraId, basraProsecutor).statusCode(200);

        HostileCampaign.Report report = HostileCampaign.of("referrals-service")
                .caller("nobody", null)
                .caller("a citizen", TOKENS.citizen("campaign-citizen"))
                .caller("prosecutor of another governorate", basraProsecutor)
                .caller("another court", TOKENS.court(BAGHDAD_INV))
                .caller("the court of the Basra referral", TOKENS.court(BASRA_COURT))
                .caller("investigator", TOKENS.officer("investigator", "IQ-BG"))
                .caller("auditor", TOKENS.withRoles("campaign-auditor", "auditor"))
                .caller("admin", TOKENS.withRoles("campaign-admin", "admin"))
                .caller("cases-service's client", TOKENS.service("cases-service"))
                .caller("an unknown service client", TOKENS.service("campaign-client"))
                .caller("a token for cases-service", TOKENS.forAudience("prosecutor-IQ-BG", "cases-service", "prosecutor"))
                .knownIds(List.of(markedId, markedCase.caseId().toString(), markedCase.itemId().toString(), basraId,
                        basraCase.itemId().toString()))
                .validBody("POST /referrals", stubCase(BASRA).draft(BASRA_COURT))
                .validBody("PUT /referrals/{id}", basraCase.draft(BASRA_COURT))
                .validBody("POST /court/referrals/{id}/receipt", Map.of("version", 1))
                .validBody("POST /court/referrals/{id}/review", Map.of("version", 1, "outcome", "ACCEPTED"))
                .validBody("POST /court/referrals/{id}/hearings", Map.of("version", 1, "scheduledFor",
                        Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "chamber", "الهيئة الأولى"))
                .validBody("POST /court/referrals/{id}/victims/{pseudonym}/identity", Map.of("reason",
                        "لسماع أقوال الضحية"))
                .validBody("POST /referrals/{id}/identity-requests/{requestId}/decision", Map.of("approved", true,
                        "note", "وفق أمر المحكمة"))
                .forbiddenMarker(marker)
                .state(DataFingerprint.of(dataSource, Set.of("audit_entry", "officer")))
                .requestsPerOperation(30)
                .run();

        // run() has failed already on any 5xx or other broken promise; this holds the campaign to its size
        assertTrue(report.requests() >= 500, "the campaign sent " + report.requests());
    }
}
