package org.sanad.courtsimulator;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An evidence item whose bytes the court fetched through a link and found to have the signed
 * manifest's SHA-256.
 *
 * @param linkExpiresAt until when the link the bytes came through was valid
 */
public record CheckedEvidence(UUID itemId, String fileName, String sha256, long sizeBytes, OffsetDateTime linkExpiresAt) {
}
