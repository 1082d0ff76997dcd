package org.sanad.referrals.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvidenceLink", description = "A short-lived link to one manifest item, bound to the court that asked")
public record EvidenceLink(@Schema(description = "Path to GET with the court's own token") String href, Instant expiresAt,
        String sha256) {
}
