package org.sanad.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    @Test
    void aBareKeyAndItsQuotedStringAreTheSameKey() {
        assertEquals(Optional.of("8e03978e-40d5-43e8-bc93-6894a57f9324"),
                IdempotencyKey.parse("8e03978e-40d5-43e8-bc93-6894a57f9324"));
        assertEquals(Optional.of("8e03978e-40d5-43e8-bc93-6894a57f9324"),
                IdempotencyKey.parse("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
    }

    @Test
    void aQuotedStringMayHoldSpacesAndEscapedQuotesAndBackslashes() {
        assertEquals(Optional.of("a \"b\" \\c"), IdempotencyKey.parse("\"a \\\"b\\\" \\\\c\""));
    }

    @Test
    void aKeyIsOneTo255PrintableAsciiCharacters() {
        assertEquals(Optional.of("x".repeat(255)), IdempotencyKey.parse("x".repeat(255)));
        assertEquals(Optional.empty(), IdempotencyKey.parse("x".repeat(256)));
        assertEquals(Optional.empty(), IdempotencyKey.parse("\"" + "x".repeat(256) + "\""));
        assertEquals(Optional.empty(), IdempotencyKey.parse(""));
        assertEquals(Optional.empty(), IdempotencyKey.parse("\"\""));
        assertEquals(Optional.empty(), IdempotencyKey.parse("مفتاح"));
        assertEquals(Optional.empty(), IdempotencyKey.parse("\"tab\there\""));
    }

    @Test
    void whatIsNeitherABareKeyNorOneQuotedStringIsRefused() {
        assertEquals(Optional.empty(), IdempotencyKey.parse("two words"));
        assertEquals(Optional.empty(), IdempotencyKey.parse("\"unterminated"));
        assertEquals(Optional.empty(), IdempotencyKey.parse("\"a\" trailing"));
        assertEquals(Optional.empty(), IdempotencyKey.parse("\"bad \\x escape\""));
        assertEquals(Optional.empty(), IdempotencyKey.parse("back\\slash"));
        assertEquals(Optional.empty(), IdempotencyKey.parse("quote\"inside"));
    }
}
