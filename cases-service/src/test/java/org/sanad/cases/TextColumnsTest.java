package org.sanad.cases;

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
@WithTestResource(ComplaintsStub.class)
class TextColumnsTest {

    private static final String ENUM = "an enum's code";
    private static final String SUBJECT = "a token subject (an id), not a name";
    private static final String CORRELATION = "an extortionist's identifier: correlation across cases matches it in clear "
            + "(security.md, Personal data at rest)";

    /** The service's own columns in clear, and why. */
    static final Map<String, String> IN_CLEAR = Map.ofEntries(
            Map.entry("investigation_case.case_number", "a number the service gives the case"),
            Map.entry("investigation_case.title", "made by the service from the complaint's threat and platform codes "
                    + "and tracking number (ComplaintLinker); no one writes it"),
            Map.entry("investigation_case.search_text", "the title, folded for search"),
            Map.entry("investigation_case.note_terms", "blind indexes of the words of the notes"),
            Map.entry("investigation_case.governorate", "an ISO 3166-2 code"),
            Map.entry("investigation_case.owning_unit", "an organisational unit, not personal data; the case list "
                    + "filters by it (unit=)"),
            Map.entry("investigation_case.lead_investigator", SUBJECT),
            Map.entry("investigation_case.lead_investigator_gender", ENUM),
            Map.entry("investigation_case.requested_officer_gender", ENUM),
            Map.entry("investigation_case.priority", ENUM),
            Map.entry("investigation_case.status", ENUM),
            Map.entry("investigation_case.closure_reason", ENUM),
            Map.entry("investigation_case.legal_hold_by", SUBJECT),
            Map.entry("case_complaint.tracking_number", "the complaint's reference, from its delivery"),
            Map.entry("case_complaint.governorate", "an ISO 3166-2 code"),
            Map.entry("case_complaint.priority", ENUM),
            Map.entry("case_complaint.requested_officer_gender", ENUM),
            Map.entry("case_complaint.platforms", "enum codes"),
            Map.entry("case_complaint.threat_types", "enum codes"),
            Map.entry("case_complaint.demand_types", "enum codes"),
            Map.entry("case_complaint.money_currency", "an ISO 4217 code"),
            Map.entry("case_identifier.raw_value", CORRELATION),
            Map.entry("case_identifier.normalised_value", CORRELATION),
            Map.entry("case_identifier.type", ENUM),
            Map.entry("case_identifier.source", ENUM),
            Map.entry("correlation_flag.normalised_value", CORRELATION),
            Map.entry("correlation_flag.identifier_type", ENUM),
            Map.entry("correlation_flag.status", ENUM),
            Map.entry("correlation_flag.decided_by", SUBJECT),
            Map.entry("case_action.type", ENUM),
            Map.entry("case_action.officer", SUBJECT),
            Map.entry("custody_entry.action", ENUM),
            Map.entry("custody_entry.observed_sha256", "a SHA-256"),
            Map.entry("custody_entry.actor_subject", SUBJECT),
            Map.entry("custody_entry.actor_roles", "role codes"),
            Map.entry("evidence_item.kind", ENUM),
            Map.entry("evidence_item.source", ENUM),
            Map.entry("evidence_item.content_type", "one of the configured media types"),
            Map.entry("evidence_item.sha256", "a SHA-256"),
            Map.entry("evidence_item.registered_by", SUBJECT),
            Map.entry("evidence_item.purge_reason", "written by the service: the retention rule that purged the bytes"));

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void everyTextColumnIsEncryptedOrInClearForAReasonWrittenHere() throws SQLException {
        TextColumns.assertAccountedFor(jdbcUrl, IN_CLEAR);
    }
}
