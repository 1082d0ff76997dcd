package org.sanad.complaints;

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
@WithTestResource(CasesStub.class)
class TextColumnsTest {

    private static final String ENUM = "an enum's code";
    private static final String SUBJECT = "a token subject (an id), not a name";

    /** The service's own columns in clear, and why. */
    static final Map<String, String> IN_CLEAR = Map.ofEntries(
            Map.entry("blackmailer_identifier.raw_value", "the extortionist's identifiers stay clear: correlation "
                    + "across victims matches them (security.md, Personal data at rest)"),
            Map.entry("blackmailer_identifier.normalised_value", "as raw_value, normalised for correlation"),
            Map.entry("blackmailer_identifier.type", ENUM),
            Map.entry("complaint.tracking_number", "a random reference the service gives the filer, found by equality"),
            Map.entry("complaint.filer_kind", ENUM),
            Map.entry("complaint.filer_subject", SUBJECT),
            Map.entry("complaint.secret_hash", "a SHA-256 of the anonymous filer's secret"),
            Map.entry("complaint.reporter_relation", ENUM),
            Map.entry("complaint.governorate", "an ISO 3166-2 code"),
            Map.entry("complaint.platforms", "enum codes"),
            Map.entry("complaint.threat_types", "enum codes"),
            Map.entry("complaint.demand_types", "enum codes"),
            Map.entry("complaint.money_currency", "an ISO 4217 code"),
            Map.entry("complaint.amount_paid_currency", "an ISO 4217 code"),
            Map.entry("complaint.priority", ENUM),
            Map.entry("complaint.status", ENUM),
            Map.entry("complaint.investigation_status", ENUM),
            Map.entry("complaint.target_case_number", "a case number of cases-service's format (checked), named by intake"),
            Map.entry("complaint.case_number", "cases-service's case number, from its announcements"),
            Map.entry("complaint.legal_hold_by", SUBJECT),
            Map.entry("complaint.victim_age_band", ENUM),
            Map.entry("complaint.victim_gender", ENUM),
            Map.entry("complaint.victim_phone_index", "the blind index of the victim's phone"),
            Map.entry("complaint_platform.platform", ENUM),
            Map.entry("complaint_threat.threat_type", ENUM),
            Map.entry("complaint_demand.demand_type", ENUM),
            Map.entry("complaint_day_count.dimension", "a statistic's dimension code"),
            Map.entry("complaint_day_count.governorate", "an ISO 3166-2 code"),
            Map.entry("complaint_day_count.key", "an enum's code counted"),
            Map.entry("custody_event.action", ENUM),
            Map.entry("custody_event.sha256", "a SHA-256"),
            Map.entry("custody_event.actor_subject", SUBJECT),
            Map.entry("custody_event.actor_roles", "role codes"),
            Map.entry("image_hash.algorithm", ENUM),
            Map.entry("image_hash.value", "the hash of an image or video the victim keeps, never the file: matched "
                    + "against other complaints' and platforms' hashes, as an evidence file's SHA-256 is"),
            Map.entry("image_hash.added_with", ENUM),
            Map.entry("evidence.content_type", "one of the configured media types"),
            Map.entry("evidence.sha256", "a SHA-256"),
            Map.entry("evidence.received_by", SUBJECT),
            Map.entry("evidence.purge_reason", "written by the service: the retention rule that purged the bytes"),
            Map.entry("notification.audience", ENUM),
            Map.entry("notification.channel", ENUM),
            Map.entry("notification.event", ENUM),
            Map.entry("notification.event_key", "the event's code and the status change's id, the case's time or the alert's key"),
            Map.entry("notification.language", "a language code"),
            Map.entry("notification.status", ENUM),
            Map.entry("notification.sms_message_ids", "the SMSC's message ids, to match its receipts"),
            Map.entry("notification.last_error", "written by the service: the SMSC's or push service's answer, never "
                    + "the address or the text"),
            Map.entry("victim_contact.channel", ENUM),
            Map.entry("victim_contact.language", "a language code"),
            Map.entry("complaint.escalation", ENUM),
            Map.entry("risk_alert.governorate", "an ISO 3166-2 code"),
            Map.entry("risk_alert.level", ENUM),
            Map.entry("risk_alert.reasons", "enum codes"),
            Map.entry("risk_alert.alert_key", "a key the service writes: which alert of the complaint it is"),
            Map.entry("risk_alert.acknowledged_by", SUBJECT),
            Map.entry("status_change.from_status", ENUM),
            Map.entry("status_change.to_status", ENUM),
            Map.entry("status_change.actor_subject", SUBJECT),
            Map.entry("status_change.actor_role", "a role code"),
            Map.entry("supplement.author_subject", SUBJECT),
            Map.entry("victim_disclosure.court_code", "a court's code"),
            Map.entry("victim_disclosure.reference_number", "a referral's number, given by referrals-service"),
            Map.entry("victim_disclosure.actor_subject", SUBJECT),
            Map.entry("victim_disclosure.actor_roles", "role codes"));

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void everyTextColumnIsEncryptedOrInClearForAReasonWrittenHere() throws SQLException {
        TextColumns.assertAccountedFor(jdbcUrl, IN_CLEAR);
    }
}
