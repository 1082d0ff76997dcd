package org.sanad.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryOutcomeTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @ParameterizedTest
    @ValueSource(ints = { 200, 201, 204 })
    void aSuccessfulAnswerIsDelivered(int status) {
        assertInstanceOf(DeliveryOutcome.Delivered.class, DeliveryOutcome.ofAnswer(status, null, null, NOW));
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503, 504, 408, 429, 401 })
    void answersThatMayChangeAreRetried(int status) {
        DeliveryOutcome.Retry retry = assertInstanceOf(DeliveryOutcome.Retry.class,
                DeliveryOutcome.ofAnswer(status, null, "busy", NOW));
        assertEquals(status, retry.status());
        assertEquals("HTTP " + status + ": busy", retry.reason());
        assertNull(retry.retryAfter(), "without Retry-After the relay's backoff applies");
    }

    @ParameterizedTest
    @ValueSource(ints = { 400, 403, 404, 405, 409, 410, 422 })
    void refusalsADeployOrARealmFixMayChangeAreRefusedWithTheAnswerKept(int status) {
        DeliveryOutcome.Refused refused = assertInstanceOf(DeliveryOutcome.Refused.class,
                DeliveryOutcome.ofAnswer(status, null, "{\"type\":\"urn:sanad:problem:not-found\"}", NOW));
        assertEquals(status, refused.status());
        assertEquals("HTTP " + status + ": {\"type\":\"urn:sanad:problem:not-found\"}", refused.answer());
    }

    @ParameterizedTest
    @ValueSource(ints = { 413, 415 })
    void aPayloadTooLargeOrNotJsonIsDeadAtOnceWithTheAnswerKept(int status) {
        DeliveryOutcome.Dead dead = assertInstanceOf(DeliveryOutcome.Dead.class,
                DeliveryOutcome.ofAnswer(status, null, "{\"type\":\"urn:sanad:problem:validation\"}", NOW));
        assertEquals(status, dead.status());
        assertEquals("HTTP " + status + ": {\"type\":\"urn:sanad:problem:validation\"}", dead.answer());
    }

    @Test
    void aLongAnswerIsCutToWhatTheOutboxKeeps() {
        DeliveryOutcome.Dead dead = (DeliveryOutcome.Dead) DeliveryOutcome.ofAnswer(413, null, "x".repeat(5000), NOW);
        assertEquals(DeliveryOutcome.MAX_ANSWER, dead.answer().length());
    }

    @Test
    void retryAfterInSecondsIsHonoured() {
        DeliveryOutcome.Retry retry = (DeliveryOutcome.Retry) DeliveryOutcome.ofAnswer(429, "120", null, NOW);
        assertEquals(Duration.ofMinutes(2), retry.retryAfter());
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        DeliveryOutcome.Retry retry = (DeliveryOutcome.Retry) DeliveryOutcome.ofAnswer(503,
                "Wed, 25 Nov 2026 10:05:00 GMT", null, NOW);
        assertEquals(Duration.ofMinutes(5), retry.retryAfter());
    }

    @Test
    void retryAfterIsBoundedAndNeverNegative() {
        assertEquals(DeliveryOutcome.LONGEST_RETRY_AFTER, DeliveryOutcome.retryAfter("999999999", NOW));
        assertEquals(Duration.ZERO, DeliveryOutcome.retryAfter("Wed, 25 Nov 2026 09:00:00 GMT", NOW));
        assertNull(DeliveryOutcome.retryAfter("soon", NOW));
        assertNull(DeliveryOutcome.retryAfter(" ", NOW));
    }

    @Test
    void anUnreachableReceiverIsRetried() {
        DeliveryOutcome.Retry retry = (DeliveryOutcome.Retry) DeliveryOutcome
                .unreachable(new ConnectException("Connection refused"));
        assertNull(retry.status());
        assertTrue(retry.reason().contains("Connection refused"));
    }
}
