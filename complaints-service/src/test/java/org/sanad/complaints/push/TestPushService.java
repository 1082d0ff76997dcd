package org.sanad.complaints.push;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A push service and the browsers behind it, on plain HTTP on a free port of 127.0.0.1 (the %test
 * profile allows {@code http://127.0.0.1:*}). For each message it does what both ends of RFC 8030
 * do: checks the VAPID token (RFC 8292: ES256 over the k= key, its aud, exp and sub), then, as the
 * browser holding the subscription's private key and auth secret, decrypts the aes128gcm body
 * (RFC 8291) and records the plaintext. Its own HKDF and its own DER form of the signature, so the
 * service's code is checked, not reused. A subscription may be told how to answer instead (410,
 * 429 with Retry-After, ...).
 */
public final class TestPushService implements AutoCloseable {

    /** One POST as it arrived and what came of it: the plaintext, or why it was refused. */
    public record Received(String subscription, Map<String, String> headers, Map<String, Object> claims, String vapidKey,
            byte[] body, byte[] plaintext, String refusal) {
    }

    /** How to answer the next message to a subscription. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final Map<String, UserAgent> browsers = new ConcurrentHashMap<>();
    private final Map<String, Queue<Answer>> answers = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public TestPushService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", this::handle);
        server.start();
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new browser's subscription: a key pair and an auth secret of its own, an endpoint of its own. */
    public PushSubscription subscribe() {
        String id = UUID.randomUUID().toString();
        UserAgent browser = UserAgent.generate();
        browsers.put(id, browser);
        return new PushSubscription(origin() + "/push/" + id, browser.p256dh(), browser.auth());
    }

    /** The next message to {@code subscription} is answered so, without being read. */
    public void answerNext(PushSubscription subscription, Answer answer) {
        answers.computeIfAbsent(idOf(subscription), id -> new ConcurrentLinkedQueue<>()).add(answer);
    }

    /** What reached {@code subscription}, in order. */
    public List<Received> receivedBy(PushSubscription subscription) {
        String id = idOf(subscription);
        return received.stream().filter(message -> message.subscription().equals(id)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static String idOf(PushSubscription subscription) {
        return subscription.endpoint().substring(subscription.endpoint().lastIndexOf('/') + 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/push/".length());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            Queue<Answer> queued = answers.get(id);
            Answer scripted = queued == null ? null : queued.poll();
            if (scripted != null) {
                received.add(new Received(id, headers, Map.of(), null, body, null, "answered " + scripted.status()));
                respond(exchange, scripted.status(), scripted.headers(), scripted.body());
                return;
            }
            UserAgent browser = browsers.get(id);
            if (browser == null || !"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, Map.of(), "no such subscription");
                return;
            }
            Map<String, Object> claims = Map.of();
            String vapidKey = null;
            try {
                String authorization = headers.getOrDefault("authorization", "");
                if (!authorization.startsWith("vapid t=") || !authorization.contains(", k=")) {
                    throw new SecurityException("no vapid authorization");
                }
                String token = authorization.substring("vapid t=".length(), authorization.indexOf(", k="));
                vapidKey = authorization.substring(authorization.indexOf(", k=") + ", k=".length());
                claims = verifiedClaims(token, vapidKey);
                if (!"aes128gcm".equals(headers.get("content-encoding"))) {
                    throw new SecurityException("Content-Encoding is not aes128gcm");
                }
                byte[] plaintext = browser.decrypt(body);
                received.add(new Received(id, headers, claims, vapidKey, body, plaintext, null));
                respond(exchange, 201, Map.of("Location", origin() + "/message/" + UUID.randomUUID()), "");
            } catch (RuntimeException refused) {
                received.add(new Received(id, headers, claims, vapidKey, body, null, refused.toString()));
                respond(exchange, 403, Map.of(), "refused");
            }
        }
    }

    /** The token's claims, once its ES256 signature verifies with {@code vapidKey} and its aud, exp and sub hold. */
    private Map<String, Object> verifiedClaims(String token, String vapidKey) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw new SecurityException("not a compact JWS");
        }
        JsonNode header = json(parts[0]);
        if (!"ES256".equals(header.path("alg").asText()) || !"JWT".equals(header.path("typ").asText())) {
            throw new SecurityException("header " + header);
        }
        byte[] joseSignature = decode(parts[2]);
        if (joseSignature.length != 64) {
            throw new SecurityException("an ES256 signature is r||s, 64 bytes; not " + joseSignature.length);
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(P256.publicKey(decode(vapidKey)));
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(der(joseSignature))) {
                throw new SecurityException("the signature does not verify with k");
            }
        } catch (GeneralSecurityException e) {
            throw new SecurityException(e);
        }
        JsonNode claims = json(parts[1]);
        long now = Instant.now().getEpochSecond();
        long exp = claims.path("exp").asLong();
        if (!origin().equals(claims.path("aud").asText())) {
            throw new SecurityException("aud " + claims.path("aud"));
        }
        if (exp <= now || exp > now + 24 * 3600) {
            throw new SecurityException("exp " + exp + " not within 24 hours");
        }
        String sub = claims.path("sub").asText();
        if (!sub.startsWith("mailto:") && !sub.startsWith("https:")) {
            throw new SecurityException("sub " + sub);
        }
        return JSON.convertValue(claims, JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    /** r||s as the DER SEQUENCE of two INTEGERs the JDK's plain SHA256withECDSA verifies. */
    private static byte[] der(byte[] jose) {
        byte[] r = new BigInteger(1, Arrays.copyOfRange(jose, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(jose, 32, 64)).toByteArray();
        int length = 2 + r.length + 2 + s.length;
        return ByteBuffer.allocate(2 + length).put((byte) 0x30).put((byte) length)
                .put((byte) 0x02).put((byte) r.length).put(r).put((byte) 0x02).put((byte) s.length).put(s).array();
    }

    private static JsonNode json(String part) {
        try {
            return JSON.readTree(decode(part));
        } catch (IOException e) {
            throw new SecurityException("not JSON", e);
        }
    }

    private static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url);
    }

    private static void respond(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A browser's side of one subscription: its P-256 key pair and auth secret, and RFC 8291's decryption. */
    public record UserAgent(ECPublicKey publicKey, ECPrivateKey privateKey, byte[] authSecret) {

        static UserAgent generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(P256.CURVE);
                KeyPair keys = generator.generateKeyPair();
                byte[] auth = new byte[16];
                new SecureRandom().nextBytes(auth);
                return new UserAgent((ECPublicKey) keys.getPublic(), (ECPrivateKey) keys.getPrivate(), auth);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        static UserAgent of(byte[] publicPoint, byte[] privateScalar, byte[] authSecret) {
            return new UserAgent(P256.publicKey(publicPoint), P256.privateKey(privateScalar), authSecret);
        }

        String p256dh() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(P256.encode(publicKey));
        }

        String auth() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(authSecret);
        }

        /** The plaintext of an aes128gcm message of one record, as RFC 8291 §3.4 and RFC 8188 §2 read it. */
        byte[] decrypt(byte[] message) {
            ByteBuffer in = ByteBuffer.wrap(message);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] asPublic = new byte[in.get() & 0xff];
            in.get(asPublic);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            if (recordSize < 18 || ciphertext.length > recordSize) {
                throw new SecurityException("not one record");
            }
            try {
                KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
                agreement.init(privateKey);
                agreement.doPhase(P256.publicKey(asPublic), true);
                byte[] ecdhSecret = agreement.generateSecret();
                byte[] keyInfo = ByteBuffer.allocate(14 + 65 + 65).put("WebPush: info\0".getBytes(StandardCharsets.US_ASCII))
                        .put(P256.encode(publicKey)).put(asPublic).array();
                byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
                byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
                byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
                byte[] padded = cipher.doFinal(ciphertext);
                int end = padded.length - 1;
                while (end >= 0 && padded[end] == 0) {
                    end--;
                }
                if (end < 0 || padded[end] != 0x02) {
                    throw new SecurityException("the last record does not end with the delimiter 0x02");
                }
                return Arrays.copyOf(padded, end);
            } catch (GeneralSecurityException e) {
                throw new SecurityException("does not decrypt: " + e, e);
            }
        }

        private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] prk = mac.doFinal(ikm);
            mac.init(new SecretKeySpec(prk, "HmacSHA256"));
            mac.update(info);
            mac.update((byte) 1);
            return Arrays.copyOf(mac.doFinal(), length);
        }
    }
}
