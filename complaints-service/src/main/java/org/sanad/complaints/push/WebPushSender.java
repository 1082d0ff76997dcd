package org.sanad.complaints.push;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import org.sanad.core.problem.Problem.FieldViolation;
import org.sanad.core.problem.ProblemException;
import org.sanad.handoff.DeliveryOutcome;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * Sends a message to one browser by Web Push: encrypted for it (RFC 8291), posted to its push
 * service (RFC 8030) with this server's VAPID token (RFC 8292). Only a subscription {@link #check}
 * accepted is sent to, and only its host is ever logged: the endpoint is a capability.
 * <p>
 * Built at start ({@link Startup}): with {@code push.enabled} a missing or wrong VAPID setting, and
 * in production a plain-HTTP entry of {@code push.allowed-hosts}, stops the service there.
 */
@Startup
@ApplicationScoped
public class WebPushSender {

    /** A push service's answer is read this far, for the operator's view of a failure. */
    private static final int MAX_ANSWER_BYTES = 1000;
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    private final boolean enabled;
    private final PushEndpoints endpoints;
    private final VapidKeys vapid;
    private final Duration timeout;
    private final HttpClient http;

    WebPushSender(PushConfig config) {
        this.enabled = config.enabled();
        this.endpoints = PushEndpoints.of(config.allowedHosts());
        if (endpoints.plainHttp() && LaunchMode.current() == LaunchMode.NORMAL) {
            throw new IllegalStateException("push.allowed-hosts lets plain HTTP through (an http:// entry): "
                    + "for the tests' push service only, never in production");
        }
        this.vapid = enabled ? VapidKeys.of(config.vapid()) : null;
        this.timeout = config.timeout();
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        config.proxy().map(WebPushSender::proxy).ifPresent(client::proxy);
        this.http = client.build();
    }

    private static ProxySelector proxy(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        String port = hostAndPort.substring(colon + 1);
        if (colon <= 0 || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) == 0 || Integer.parseInt(port) > 65535) {
            throw new IllegalStateException("push.proxy is not host:port: " + hostAndPort);
        }
        return ProxySelector.of(InetSocketAddress.createUnresolved(hostAndPort.substring(0, colon), Integer.parseInt(port)));
    }

    /** Whether victims may choose Web Push ({@code push.enabled}). */
    public boolean enabled() {
        return enabled;
    }

    /** The public key the portal subscribes with ({@code pushManager.subscribe}'s applicationServerKey), base64url. */
    public String applicationServerKey() {
        if (!enabled) {
            throw ProblemException.notFound("push.disabled");
        }
        return vapid.applicationServerKey();
    }

    /** {@link #check(PushSubscription, String)} for a subscription sent as {@code pushSubscription}. */
    public void check(PushSubscription subscription) {
        check(subscription, "pushSubscription");
    }

    /**
     * Refuses (400, a field violation under {@code field}) a subscription this service would not
     * send to: Web Push not enabled, an endpoint that is not https on one of {@code push.allowed-hosts}
     * or longer than 1000 characters, a p256dh that is not a P-256 point, an auth that is not 16 bytes.
     */
    public void check(PushSubscription subscription, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        if (!enabled) {
            violations.add(new FieldViolation(field, "push.disabled"));
        } else if (subscription == null) {
            violations.add(new FieldViolation(field, "push.subscription.required"));
        } else {
            endpointProblem(subscription.endpoint())
                    .ifPresent(key -> violations.add(new FieldViolation(field + ".endpoint", key)));
            if (browserKey(subscription.p256dh()).isEmpty()) {
                violations.add(new FieldViolation(field + ".p256dh", "push.p256dh.invalid"));
            }
            if (authSecret(subscription.auth()).isEmpty()) {
                violations.add(new FieldViolation(field + ".auth", "push.auth.invalid"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    /**
     * One message to one browser: {@code payload} (at most 3993 bytes) kept by the push service for
     * at most {@code ttl} while the browser is offline. Delivered on 201 or 202; dead on 404 or 410
     * (the subscription is gone: the browser unsubscribed, or its push service forgot it) and for a
     * subscription {@link #check} would now refuse or a payload too large (status 422 or 413, refused
     * here, not by the push service); retried on 408, 429 and 5xx (after the {@code Retry-After}
     * asked for), 401, a timeout or no connection, and while Web Push is not enabled; any other
     * answer as {@link DeliveryOutcome#ofAnswer} classifies it.
     */
    public DeliveryOutcome send(PushSubscription to, byte[] payload, Duration ttl, Urgency urgency) {
        if (!enabled) {
            return new DeliveryOutcome.Retry(null, "Web Push is not enabled (push.enabled)", null);
        }
        Optional<String> unusable = endpointProblem(to.endpoint());
        Optional<ECPublicKey> browserKey = browserKey(to.p256dh());
        Optional<byte[]> authSecret = authSecret(to.auth());
        if (unusable.isPresent() || browserKey.isEmpty() || authSecret.isEmpty()) {
            return new DeliveryOutcome.Dead(422, "Not sent: the subscription at " + PushEndpoints.hostOf(to.endpoint())
                    + " is not one this service sends to (" + unusable.orElse("its keys are not a browser's") + ")");
        }
        if (payload.length > MessageEncryption.MAX_PLAINTEXT) {
            return new DeliveryOutcome.Dead(413, "Not sent: a payload of " + payload.length + " bytes, more than the "
                    + MessageEncryption.MAX_PLAINTEXT + " a Web Push message holds");
        }
        URI endpoint = URI.create(to.endpoint());
        byte[] body = MessageEncryption.encrypt(payload, browserKey.get(), authSecret.get());
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header(HttpHeaders.CONTENT_TYPE, "application/octet-stream")
                .header(HttpHeaders.CONTENT_ENCODING, "aes128gcm")
                .header("TTL", String.valueOf(Math.max(0, ttl.toSeconds())))
                .header("Urgency", urgency.header())
                .header(HttpHeaders.AUTHORIZATION, vapid.authorization(endpoint, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String host = endpoint.getHost();
        try {
            HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String text;
            try (InputStream in = answer.body()) {
                text = new String(in.readNBytes(MAX_ANSWER_BYTES), StandardCharsets.UTF_8);
            }
            Log.debugf("Web Push to %s: HTTP %d", host, answer.statusCode());
            return outcome(answer.statusCode(), answer.headers().firstValue(HttpHeaders.RETRY_AFTER).orElse(null), text);
        } catch (IOException e) {
            return new DeliveryOutcome.Retry(null, e.getClass().getSimpleName() + " from the push service at " + host, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryOutcome.Retry(null, "Interrupted while posting to the push service at " + host, null);
        }
    }

    /** 404 and 410 say the subscription is gone for good; the rest is any receiver's answer. */
    static DeliveryOutcome outcome(int status, String retryAfter, String body) {
        DeliveryOutcome outcome = DeliveryOutcome.ofAnswer(status, retryAfter, body, Instant.now());
        if ((status == 404 || status == 410) && outcome instanceof DeliveryOutcome.Refused refused) {
            return new DeliveryOutcome.Dead(status, refused.answer());
        }
        return outcome;
    }

    /** The message key of what makes {@code endpoint} unusable, or empty when this service may post to it. */
    private Optional<String> endpointProblem(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            return Optional.of("push.endpoint.required");
        }
        if (endpoint.length() > PushSubscription.MAX_ENDPOINT) {
            return Optional.of("push.endpoint.too-long");
        }
        Optional<URI> url = PushEndpoints.url(endpoint);
        if (url.isEmpty()) {
            return Optional.of("push.endpoint.invalid");
        }
        if (endpoints.allows(url.get())) {
            return Optional.empty();
        }
        return Optional.of(url.get().getScheme().equalsIgnoreCase("https") ? "push.endpoint.not-allowed"
                : "push.endpoint.not-https");
    }

    private static Optional<ECPublicKey> browserKey(String p256dh) {
        if (p256dh == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(P256.publicKey(BASE64URL.decode(p256dh)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> authSecret(String auth) {
        if (auth == null) {
            return Optional.empty();
        }
        try {
            byte[] secret = BASE64URL.decode(auth);
            return secret.length == MessageEncryption.AUTH_BYTES ? Optional.of(secret) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
