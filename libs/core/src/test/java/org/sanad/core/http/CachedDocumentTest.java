package org.sanad.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A cached document's ETag is its content's, and If-None-Match names it as RFC 9110 compares. */
class CachedDocumentTest {

    private static CachedDocument of(String body) {
        return CachedDocument.of(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theETagFollowsTheContent() {
        assertEquals(of("{\"currency\":\"IQD\"}").etag(), of("{\"currency\":\"IQD\"}").etag());
        assertNotEquals(of("{\"currency\":\"IQD\"}").etag(), of("{\"currency\":\"MAD\"}").etag());
    }

    @Test
    void theETagIsStrongAndQuoted() {
        assertEquals("\"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\"", of("{}").etag());
    }

    @Test
    void ifNoneMatchNamesTheCopyByItsTagInAListWeaklyOrByAStar() {
        CachedDocument document = of("{}");
        assertTrue(document.namedBy(document.etag()));
        assertTrue(document.namedBy("\"other\", " + document.etag()));
        assertTrue(document.namedBy("W/" + document.etag()));
        assertTrue(document.namedBy("*"));
        assertFalse(document.namedBy(null));
        assertFalse(document.namedBy("\"other\""));
        assertFalse(document.namedBy(document.etag().replace("\"", "")));
    }
}
