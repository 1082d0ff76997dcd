package org.sanad.complaints.push;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Web Push (docs/notifications/web-push.md). */
@ConfigMapping(prefix = "push")
public interface PushConfig {

    /**
     * Whether victims may choose Web Push. On by default in every profile: a deployment without
     * the VAPID keys stops at start, naming the missing setting, rather than offering a channel that
     * delivers nothing; one that does not offer Web Push says so with {@code push.enabled=false}.
     */
    @WithDefault("true")
    boolean enabled();

    Vapid vapid();

    /**
     * The push services a subscription may point at: a host name (https only, port 443), or
     * {@code *.} and a domain for any host under it. An entry {@code http://<host>:<port>} or
     * {@code http://<host>:*} lets plain HTTP through to that host, for the tests' push service only:
     * the service refuses to start with one outside the test and dev profiles.
     */
    @WithDefault("fcm.googleapis.com,updates.push.services.mozilla.com,*.notify.windows.com,web.push.apple.com")
    List<String> allowedHosts();

    /**
     * {@code host:port} of the HTTP proxy the push services are reached through (HTTPS tunnelled by
     * CONNECT): in Kubernetes the pods reach no address of the internet themselves, and a proxy can
     * allow the push services by name where a NetworkPolicy knows only addresses. Unset: directly.
     */
    Optional<String> proxy();

    /** The longest a connection to a push service may take to open. */
    @WithDefault("PT10S")
    Duration connectTimeout();

    /** The longest a push service may take to answer. */
    @WithDefault("PT30S")
    Duration timeout();

    /** The application server's identity (RFC 8292): its P-256 key pair and a contact. */
    interface Vapid {

        /** The public key, uncompressed (65 bytes), base64url: the portal's {@code applicationServerKey}. */
        Optional<String> publicKey();

        /** The private key, the 32-byte scalar, base64url. */
        Optional<String> privateKey();

        /** Whom a push service's operator contacts about this server's messages: {@code mailto:} or {@code https:}. */
        Optional<String> subject();
    }
}
