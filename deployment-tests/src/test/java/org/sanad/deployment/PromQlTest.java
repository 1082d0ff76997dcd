package org.sanad.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void theMetricsOfAnExpressionAreItsIdentifiersThatAreNeitherFunctionsNorLabels() {
        assertEquals(Set.of("http_server_requests_seconds_bucket", "http_server_requests_seconds_count"),
                PromQl.metricNames("1 - sum by (namespace, job) (rate(http_server_requests_seconds_bucket{job=\"a\", "
                        + "le=\"1.0\", uri!~\"/q/.*\"}[5m])) / sum without (le) (rate(http_server_requests_seconds_count[1h] offset 1d))"));
        assertEquals(Set.of("sanad_key_rotation_retired_keys", "sanad_key_rotation_last_success_timestamp_seconds"),
                PromQl.metricNames("(max by (namespace, job) (sanad_key_rotation_retired_keys{job=\"x\"}) > 0) unless on (namespace, job) "
                        + "(max by (namespace, job) (sanad_key_rotation_last_success_timestamp_seconds) > time() - 86400)"));
    }

    @Test
    void grafanasVariablesAndRecordedSeriesReadAsTheyAre() {
        assertEquals(Set.of("sanad:http_server_errors:ratio_rate5m", "sanad_outbox_pending"),
                PromQl.metricNames("sanad:http_server_errors:ratio_rate5m{job=~\"$service\"} or "
                        + "increase(sanad_outbox_pending{namespace=\"${namespace}\"}[$__rate_interval])"));
        assertEquals(Set.of(), PromQl.metricNames("vector(1) * 2.5e3"));
    }
}
