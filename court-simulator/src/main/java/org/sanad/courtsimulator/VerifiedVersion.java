package org.sanad.courtsimulator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sanad.courtsignature.ReferralVerifier;
import org.sanad.courtsignature.SignedContent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A referral version whose signature has been checked against the published keys: its JSON as
 * received, the key that signed it, and what the court acts on, read from that signed JSON (the
 * evidence manifest with each item's SHA-256, the defendants and their charges).
 */
public record VerifiedVersion(JsonNode json, String kid) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An evidence item as the signed manifest lists it. */
    public record ManifestItem(UUID itemId, String fileName, String sha256) {
    }

    /** A charge brought against a defendant, as the signed version lists it. */
    public record Charge(UUID suspectId, String defendant, String statuteCode) {
    }

    /**
     * Checks a version offline: its JSON exactly as received, against the JWKS as published.
     *
     * @throws CheckFailed what does not verify (not JSON, no signature, an unknown key, a signature
     *         that does not match the content)
     */
    public static VerifiedVersion check(String versionJson, String jwksJson) throws CheckFailed {
        JsonNode version;
        try {
            version = JSON.readTree(versionJson);
        } catch (IOException e) {
            throw new CheckFailed("The version is not JSON: " + e.getMessage());
        }
        ReferralVerifier verifier;
        try {
            verifier = ReferralVerifier.of(jwksJson);
        } catch (IllegalArgumentException e) {
            throw new CheckFailed(e.getMessage());
        }
        try {
            return new VerifiedVersion(version, verifier.verify(version));
        } catch (ReferralVerifier.Rejected | IllegalArgumentException e) {
            throw new CheckFailed("Signature REJECTED: " + e.getMessage());
        }
    }

    public UUID referralId() {
        return UUID.fromString(json.path("id").asText());
    }

    public int number() {
        return json.path("versionNumber").asInt();
    }

    /** The SHA-256 of the signed bytes, as printed on the paper copy. */
    public String contentSha256() {
        return SignedContent.sha256(json);
    }

    public List<ManifestItem> manifest() {
        List<ManifestItem> items = new ArrayList<>();
        for (JsonNode item : json.path("evidence")) {
            items.add(new ManifestItem(UUID.fromString(item.path("itemId").asText()), item.path("fileName").asText(null),
                    item.path("sha256").asText()));
        }
        return items;
    }

    public List<Charge> charges() {
        List<Charge> charges = new ArrayList<>();
        for (JsonNode defendant : json.path("defendants")) {
            UUID suspect = UUID.fromString(defendant.path("suspectId").asText());
            for (JsonNode charge : defendant.path("charges")) {
                charges.add(new Charge(suspect, defendant.path("name").asText(), charge.path("statuteCode").asText()));
            }
        }
        return charges;
    }
}
