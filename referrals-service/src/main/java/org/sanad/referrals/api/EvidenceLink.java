package org.sanad.referrals.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EvidenceLink", description = "A short-lived link to one manifest item, bound to the court that asked")
public record EvidenceLink(@Schema(description = "Path to GET with the court's own token",
        example = "/court/evidence/eyJpIjoiNWIwZjhlNGMiLCJlIjoxNzczNDgwNjAwfQ.Qm9yZGVy") String href,
        Instant expiresAt, @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256) {
}
