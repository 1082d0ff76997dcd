package org.sanad.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;

/**
 * This service's own access token (OIDC client credentials), for calls it makes as itself: hand-offs,
 * and reads another service allows only to the suite's services. Kept until it nears expiry.
 */
@ApplicationScoped
public class ServiceTokens {

    @Inject
    OidcClient oidc;

    private volatile Tokens tokens;

    /** The {@code Authorization} header value. */
    public String bearer() {
        Tokens current = tokens;
        if (current == null || current.isAccessTokenExpired() || current.isAccessTokenWithinRefreshInterval()) {
            current = oidc.getTokens().await().indefinitely();
            tokens = current;
        }
        return "Bearer " + current.getAccessToken();
    }

    /** The token was refused (401): the next call fetches a new one. */
    public void refused() {
        tokens = null;
    }
}
