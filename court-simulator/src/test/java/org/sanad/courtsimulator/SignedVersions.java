package org.sanad.courtsimulator;

import java.util.UUID;

import org.sanad.courtsignature.ReferralSignature;
import org.sanad.courtsignature.SigningKeys;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/** Referral versions signed in the test with a throwaway key, as referrals-service signs them. */
final class SignedVersions {

    static final ObjectMapper JSON = new ObjectMapper();

    final SigningKeys keys;

    SignedVersions() {
        this.keys = throwawayKeys();
    }

    static SigningKeys throwawayKeys() {
        try {
            return SigningKeys.parse(new ECKeyGenerator(Curve.P_256).generate().toJSONString(), null);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The JWKS as GET /court/jwks publishes it. */
    String jwks() {
        return keys.published().toString();
    }

    /** A version as a court reads it, with its signature. */
    ObjectNode signedVersion() {
        return signedVersion(UUID.randomUUID(), "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    }

    /** A version of the referral {@code id} whose one evidence item has the SHA-256 {@code evidenceSha256}. */
    ObjectNode signedVersion(UUID id, String evidenceSha256) {
        ObjectNode version = JSON.createObjectNode();
        version.put("id", id.toString()).put("referenceNumber", "REF-2026-000042").put("caseNumber", "BG-2026-00123")
                .put("governorate", "IQ-BG").put("status", "SUBMITTED").put("versionNumber", 1).put("draft", false)
                .put("summary", "ابتزاز الضحية بنشر صور خاصة").put("draftedAt", "2026-12-01T09:00:00Z");
        version.putObject("court").put("code", "IQ-PMC").put("nameEn", "Publishing and Media Court (Baghdad)");
        ObjectNode defendant = version.putArray("defendants").addObject();
        defendant.put("suspectId", UUID.randomUUID().toString()).put("name", "المشتبه به");
        ArrayNode charges = defendant.putArray("charges");
        charges.addObject().put("statuteCode", "IQ-PC-430");
        charges.addObject().put("statuteCode", "IQ-PC-452");
        version.putArray("victims").addObject().put("pseudonym", "VICTIM-1");
        version.putArray("evidence").addObject().put("itemId", UUID.randomUUID().toString()).put("kind", "FILE")
                .put("fileName", "item-1.png").put("sizeBytes", 4)
                .put("sha256", evidenceSha256);
        version.putObject("progress").put("receivedAt", "2026-12-02T09:00:00Z");
        ReferralSignature signature = keys.current().sign(version);
        version.putObject("signature").put("jws", signature.jws()).put("kid", signature.kid()).put("alg", signature.alg())
                .put("canonicalization", signature.canonicalization());
        return version;
    }
}
