package org.sanad.webkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class StrictHeadersTest {

    @Test
    void thePolicyConnectsToEachOriginOnceWithoutPathsOrDefaultPorts() {
        String policy = StrictHeaders.contentSecurityPolicy(List.of(URI.create("https://api.example/complaints/"),
                URI.create("https://api.example/cases"), URI.create("http://localhost:8180/realms/sanad")));
        assertTrue(policy.contains("connect-src 'self' https://api.example http://localhost:8180;"), policy);
        assertTrue(policy.startsWith("default-src 'none'; script-src 'self'; style-src 'self';"), policy);
        assertTrue(policy.endsWith("frame-ancestors 'none'; object-src 'none'"), policy);
    }

    @Test
    void anOriginKeepsItsExplicitPort() {
        assertEquals("http://localhost:8081", StrictHeaders.origin(URI.create("http://localhost:8081/x")));
        assertEquals("https://portal.sanad.example", StrictHeaders.origin(URI.create("https://portal.sanad.example")));
    }
}
