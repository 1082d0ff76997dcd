package org.sanad.complaints.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The reference data's ETag is its content's: the same bytes the same tag, a byte changed another. */
class ReferenceDataPublishedTest {

    private static ReferenceDataService.Published of(String body) {
        return ReferenceDataService.Published.of(body.getBytes(StandardCharsets.UTF_8));
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
}
