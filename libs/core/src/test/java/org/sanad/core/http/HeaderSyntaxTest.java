package org.sanad.core.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = { "image/jpeg", "application/json; charset=utf-8", "application/json;charset=UTF-8",
            "text/plain; charset=\"utf-8\"", "*/*", "application/problem+json", "image/jpeg ; a=b;c=\"d;e\"",
            "text/plain; a=\"x\\\"y\"", "video/mp4\t" })
    void aMediaTypeIsTypeSlashSubtypeWithParameters(String value) {
        assertTrue(HeaderSyntax.isMediaType(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", ";;;", "image/", "/", "image", "/jpeg", "a/b; charset", "a/b;", "image/jpeg;;",
            "image/jpeg; =x", "image/jpeg, text/plain", "\u00efmage/jpeg", "\u0635\u0648\u0631\u0629/jpeg",
            "image/jpeg; charset=\"", "image/jpeg; a=b c", "image /jpeg", "image/jp\u0000eg" })
    void anythingElseIsNot(String value) {
        assertFalse(HeaderSyntax.isMediaType(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ar", "ar, en;q=0.8", "en-GB,en;q=0.9,ar;q=0.1", "*", "ar-IQ;q=1.000", "", " , ar",
            "zh-Hant-TW;q=0.5", "en;Q=0" })
    void aLanguageListIsRangesWithWeights(String value) {
        assertTrue(HeaderSyntax.isLanguageList(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = { ";;;", "ar;q=abc", "*-*", "\u00ff\u00ff", "ar-", "aaaaaaaaa", "ar;q=0.5;q=0.7", "ar;q=2",
            "ar;q=1.5", "ar;q=", "ar q=1", "\u0639\u0631\u0628\u064a" })
    void anythingElseIsNoLanguageList(String value) {
        assertFalse(HeaderSyntax.isLanguageList(value), value);
    }
}
