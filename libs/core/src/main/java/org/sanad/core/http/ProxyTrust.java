package org.sanad.core.http;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.StartupEvent;

/**
 * Forwarded client addresses are believed only from named proxies. Quarkus trusts every peer's
 * {@code X-Forwarded-For} when address forwarding is on and {@code quarkus.http.proxy.trusted-proxies}
 * is empty: anyone could then pick the address the per-source rate limits count, so a service
 * configured that way does not start.
 */
@ApplicationScoped
public class ProxyTrust {

    static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    static final String TRUSTED = "quarkus.http.proxy.trusted-proxies";

    void check(@Observes StartupEvent start) {
        Config config = ConfigProvider.getConfig();
        requireTrustedProxies(config.getOptionalValue(FORWARDING, Boolean.class).orElse(false),
                config.getOptionalValues(TRUSTED, String.class));
    }

    static void requireTrustedProxies(boolean forwarding, Optional<List<String>> trusted) {
        if (forwarding && trusted.map(List::isEmpty).orElse(true)) {
            throw new IllegalStateException(FORWARDING + " is on but " + TRUSTED
                    + " (HTTP_TRUSTED_PROXIES) names no proxy: every client's X-Forwarded-For would be believed");
        }
    }
}
