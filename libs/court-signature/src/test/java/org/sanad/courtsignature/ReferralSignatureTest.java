package org.sanad.courtsignature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

class ReferralSignatureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String VERSION = """
            {"id":"5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940","referenceNumber":"REF-2026-000042","caseNumber":"BG-2026-00123",
             "governorate":"IQ-BG","court":{"code":"IQ-PMC","nameEn":"Publishing and Media Court (Baghdad)",
             "nameAr":"محكمة قضايا النشر والإعلام (بغداد)","governorates":["*"]},"status":"SUBMITTED","versionNumber":1,
             "draft":false,"summary":"ابتزاز الضحية بنشر صور خاصة","defendants":[{"suspectId":"0d6c1f2e-8a47-4b3e-9c1d-2f6a7b8c9d0e",
             "name":"مجهول يستخدم الاسم الوردة السوداء","aliases":["الوردة السوداء"],"arrests":[],"charges":[{"statuteCode":"IQ-PC-430",
             "law":"Iraqi Penal Code","article":"430","titleEn":"Threat","titleAr":"التهديد"}]}],"victims":[{"pseudonym":"VICTIM-1"}],
             "evidence":[{"itemId":"7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","kind":"FILE","description":"لقطة شاشة","fileName":"item-1.jpg",
             "contentType":"image/jpeg","sizeBytes":48213,"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
             "custody":{"entries":2,"hashChecks":1,"allChecksMatched":true}}],"draftedAt":"2026-12-07T04:10:00.123456Z",
             "submittedAt":"2026-12-07T04:12:00Z"}""";

    private static final SigningKeys keys = SigningKeys.parse(newKey().toJSONString(), null);

    @Test
    void aSignedVersionVerifiesAgainstThePublishedKeys() throws Exception {
        ObjectNode received = signedWith(keys.current(), VERSION);
        assertEquals(keys.current().kid(), ReferralVerifier.of(published(keys)).verify(received));
    }

    @Test
    void theSignatureIsDetachedAndNamesItsKey() throws Exception {
        ReferralSignature signature = keys.current().sign(JSON.readTree(VERSION));
        String[] parts = signature.jws().split("\\.", -1);
        assertEquals(3, parts.length);
        assertEquals("", parts[1], "the payload is detached (RFC 7515 Appendix F)");
        assertEquals("ES256", signature.alg());
        assertEquals("RFC8785", signature.canonicalization());
        assertEquals(SigningKeys.thumbprint(keys.current().publicKey()), signature.kid());
    }

    @Test
    void whatChangesAfterSubmissionIsNotSigned() throws Exception {
        ObjectNode received = signedWith(keys.current(), VERSION);
        received.put("status", "HEARING_SCHEDULED");
        received.putObject("progress").put("receivedAt", "2026-12-08T09:00:00Z");
        ((ObjectNode) received.get("court")).put("nameEn", "Publishing and Media Court (Rusafa, Baghdad)");
        ReferralVerifier.of(published(keys)).verify(received);
    }

    @Test
    void aChangedManifestHashFails() throws Exception {
        ObjectNode received = signedWith(keys.current(), VERSION);
        ((ObjectNode) received.get("evidence").get(0)).put("sha256",
                "0000000000000000000000000000000000000000000000000000000000000000");
        assertRejected(received, "does not match");
    }

    @Test
    void aChangedDefendantNameFails() throws Exception {
        ObjectNode received = signedWith(keys.current(), VERSION);
        ((ObjectNode) received.get("defendants").get(0)).put("name", "شخص آخر");
        assertRejected(received, "does not match");
    }

    @Test
    void aChangedCourtCodeFails() throws Exception {
        ObjectNode received = signedWith(keys.current(), VERSION);
        ((ObjectNode) received.get("court")).put("code", "IQ-BG-INV");
        assertRejected(received, "does not match");
    }

    @Test
    void aTamperedSignatureFails() throws Exception {
        ObjectNode received = signedWith(keys.current(), VERSION);
        String jws = received.get("signature").get("jws").asText();
        int last = jws.length() - 5;
        char flipped = jws.charAt(last) == 'A' ? 'B' : 'A';
        ((ObjectNode) received.get("signature")).put("jws", jws.substring(0, last) + flipped + jws.substring(last + 1));
        assertRejected(received, "does not match");
    }

    @Test
    void aSignatureByAnUnpublishedKeyFails() throws Exception {
        SigningKeys other = SigningKeys.parse(newKey().toJSONString(), null);
        assertRejected(signedWith(other.current(), VERSION), "No published key");
    }

    @Test
    void aVersionWithoutSignatureFails() throws Exception {
        assertRejected((ObjectNode) JSON.readTree(VERSION), "no signature");
    }

    @Test
    void afterRotationTheOldVersionVerifiesWithTheRetiredKeyAndANewOneIsSignedWithTheNewKey() throws Exception {
        ECKey oldKey = newKey();
        SigningKeys before = SigningKeys.parse(oldKey.toJSONString(), null);
        ObjectNode oldVersion = signedWith(before.current(), VERSION);

        SigningKeys after = SigningKeys.parse(newKey().toJSONString(),
                new JWKSet(List.of(oldKey.toPublicJWK())).toString(true));
        ObjectNode newVersion = signedWith(after.current(), VERSION.replace("\"versionNumber\":1", "\"versionNumber\":2"));

        ReferralVerifier verifier = ReferralVerifier.of(published(after));
        assertEquals(before.current().kid(), verifier.verify(oldVersion));
        assertEquals(after.current().kid(), verifier.verify(newVersion));
        assertNotEquals(before.current().kid(), after.current().kid());
        assertEquals(List.of(after.current().kid(), before.current().kid()),
                after.published().getKeys().stream().map(k -> k.getKeyID()).toList(), "the current key first, then the retired");
        assertTrue(after.published().getKeys().stream().noneMatch(k -> k.isPrivate()), "only public keys are published");
    }

    @Test
    void aRetiredKeyThatIsTheCurrentOneIsPublishedOnce() {
        ECKey key = newKey();
        SigningKeys both = SigningKeys.parse(key.toJSONString(), new JWKSet(List.of(key.toPublicJWK())).toString(true));
        assertEquals(1, both.published().getKeys().size());
    }

    @Test
    void aKeyWithoutItsPrivatePartCannotSign() {
        assertThrows(IllegalArgumentException.class, () -> SigningKeys.parse(newKey().toPublicJWK().toJSONString(), null));
    }

    @Test
    void aKeyWhosePrivatePartIsAnotherKeysIsRefused() throws Exception {
        ECKey one = newKey();
        ECKey other = newKey();
        ECKey mixed = new ECKey.Builder(one.toPublicJWK()).d(other.getD()).build();
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.parse(mixed.toJSONString(), null));
        assertTrue(refused.getMessage().contains("does not belong"), refused.getMessage());
    }

    private static ObjectNode signedWith(ReferralSigner signer, String version) throws Exception {
        ObjectNode received = (ObjectNode) JSON.readTree(version);
        ReferralSignature signature = signer.sign(received);
        received.set("signature", JSON.valueToTree(signature));
        // as the court receives it: JSON text, parsed again
        return (ObjectNode) JSON.readTree(JSON.writeValueAsString(received));
    }

    private static String published(SigningKeys keys) {
        return keys.published().toString(true);
    }

    private static void assertRejected(ObjectNode received, String reason) {
        ReferralVerifier.Rejected rejected = assertThrows(ReferralVerifier.Rejected.class,
                () -> ReferralVerifier.of(published(keys)).verify(received));
        assertTrue(rejected.getMessage().contains(reason), rejected.getMessage());
    }

    private static ECKey newKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
