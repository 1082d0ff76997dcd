package org.sanad.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.sanad.audit.anchor.AuditAnchors;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The audit chain's anchors in a real S3-compatible server: the newest of them is the one found, its signature holding. */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
@WithTestResource(OidcWiremockTestResource.class)
class S3AuditAnchorSinkTest {

    @Inject
    AuditAnchors anchors;

    @Test
    void theNewestAnchoredHeadIsFoundFirstAndItsSignatureHolds() {
        assertTrue(anchors.enabled());
        anchors.anchor(9, "9".repeat(64));
        anchors.anchor(120, "a".repeat(64));
        anchors.anchor(80, "8".repeat(64));

        AuditAnchors.Anchored anchored = anchors.read();
        assertTrue(anchored.readable());
        assertEquals(120, anchored.newest().orElseThrow().sequence());
        assertEquals("a".repeat(64), anchored.newest().orElseThrow().headHash());
        assertTrue(anchored.forged().isEmpty());
    }
}
