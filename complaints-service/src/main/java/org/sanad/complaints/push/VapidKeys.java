package org.sanad.complaints.push;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The application server's identity towards the push services (VAPID, RFC 8292): its P-256 key
 * pair, whose public half the portal subscribes with, and the contact named in every token. A push
 * service accepts a message for a subscription only with a token signed by the key it was made
 * with, so a new key pair leaves every existing subscription unusable.
 */
final class VapidKeys {

    /** How long a token is good for: RFC 8292 allows at most 24 hours. */
    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);
    /** JWS ES256 is the raw r||s of IEEE P1363 (RFC 7518 §3.4), which this JDK signature writes without DER. */
    private static final String ES256 = "SHA256withECDSAinP1363Format";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = BASE64URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PUBLIC_KEY = "push.vapid.public-key";
    private static final String PRIVATE_KEY = "push.vapid.private-key";

    private final KeyPair keys;
    private final String applicationServerKey;
    private final String subject;

    private VapidKeys(KeyPair keys, String subject) {
        this.keys = keys;
        this.applicationServerKey = BASE64URL.encodeToString(P256.encode((ECPublicKey) keys.getPublic()));
        this.subject = subject;
    }

    /**
     * The keys and contact {@code push.vapid.*} configures. Each missing or unreadable setting, and a
     * public key that is not the private key's, stops the service at start with the setting's name.
     */
    static VapidKeys of(PushConfig.Vapid config) {
        byte[] point = decode(config.publicKey(), PUBLIC_KEY, "the public key, 65 bytes uncompressed, base64url");
        byte[] scalar = decode(config.privateKey(), PRIVATE_KEY, "the private key, its 32-byte scalar, base64url");
        ECPublicKey publicKey;
        ECPrivateKey privateKey;
        try {
            publicKey = P256.publicKey(point);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PUBLIC_KEY + " is " + e.getMessage());
        }
        try {
            privateKey = P256.privateKey(scalar);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PRIVATE_KEY + " is " + e.getMessage());
        }
        String subject = config.subject().map(String::strip).filter(value -> !value.isEmpty()).orElseThrow(
                () -> new IllegalStateException("push.vapid.subject is not set: a mailto: or https: contact"));
        if (!subject.startsWith("mailto:") && !subject.startsWith("https:")) {
            throw new IllegalStateException("push.vapid.subject must be a mailto: or https: contact");
        }
        VapidKeys vapid = new VapidKeys(new KeyPair(publicKey, privateKey), subject);
        if (!vapid.verifies(vapid.signed("probe"))) {
            throw new IllegalStateException(PUBLIC_KEY + " is not the public half of " + PRIVATE_KEY);
        }
        return vapid;
    }

    /** The public key as the browser's {@code pushManager.subscribe} takes it: the uncompressed point, base64url. */
    String applicationServerKey() {
        return applicationServerKey;
    }

    /** The {@code Authorization} header for a message to {@code endpoint}: {@code vapid t=<JWT>, k=<public key>}. */
    String authorization(URI endpoint, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", origin(endpoint));
        claims.put("exp", now.plus(TOKEN_LIFETIME).getEpochSecond());
        claims.put("sub", subject);
        return "vapid t=" + signed(json(claims)) + ", k=" + applicationServerKey;
    }

    /** The origin of {@code endpoint}: scheme, host and any port other than the scheme's own. */
    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase();
        int port = endpoint.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
    }

    /** A compact JWS of {@code claims}, signed ES256. */
    private String signed(String claims) {
        String input = HEADER + "." + BASE64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance(ES256);
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 signing failed", e);
        }
    }

    private boolean verifies(String jws) {
        int lastDot = jws.lastIndexOf('.');
        try {
            Signature signature = Signature.getInstance(ES256);
            signature.initVerify(keys.getPublic());
            signature.update(jws.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(jws.substring(lastDot + 1)));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] decode(Optional<String> value, String setting, String what) {
        String text = value.map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> new IllegalStateException(setting + " is not set: " + what
                        + " (docs/notifications/web-push.md)"));
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64url: " + what);
        }
    }

    private static String json(Map<String, Object> claims) {
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claims not written", e);
        }
    }
}
