package org.sanad.officerweb;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the console's browser code finds the suite, and how the server that hands it out behaves.
 * The browser reads the APIs, the login and the idle timeout from {@code /config.json}; the
 * security headers are built from the same origins, so the page may talk to these and no others.
 */
@ConfigMapping(prefix = "console")
public interface ConsoleSettings {

    /** complaints-service's public base URL, as the browser reaches it. */
    URI complaintsApi();

    /** cases-service's public base URL. */
    URI casesApi();

    /** referrals-service's public base URL. */
    URI referralsApi();

    /** The realm's issuer URL (the login page and the token endpoint live under it). */
    URI oidcIssuer();

    /** The realm's public client the console logs in with (authorization code with PKCE). */
    @WithDefault("sanad-officer-web")
    String oidcClientId();

    /** Minutes without a key, pointer or scroll after which the console logs out and empties the screen. */
    @WithDefault("15")
    int idleMinutes();

    /** Whether to send Strict-Transport-Security (only where the console is served over HTTPS). */
    @WithDefault("false")
    boolean hsts();
}
