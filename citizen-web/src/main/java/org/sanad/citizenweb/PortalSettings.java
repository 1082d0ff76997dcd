package org.sanad.citizenweb;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Where the portal's browser code finds the suite, and how the server that hands it out behaves.
 * The browser reads the first three from {@code /config.json}; the security headers are built
 * from them too, so the page may talk to these origins and no others.
 */
@ConfigMapping(prefix = "portal")
public interface PortalSettings {

    /** complaints-service's public base URL, as the browser reaches it. */
    URI complaintsApi();

    /** The realm's issuer URL (the login page and the token endpoint live under it). */
    URI oidcIssuer();

    /** The realm's public client the portal logs in with (authorization code with PKCE). */
    @WithDefault("sanad-citizen-web")
    String oidcClientId();

    /** Where the quick exit leaves to: a neutral site that says nothing of why someone was here. */
    @WithDefault("https://www.google.com/")
    URI exitUrl();

    /** Whether to send Strict-Transport-Security (only where the portal is served over HTTPS). */
    @WithDefault("false")
    boolean hsts();
}
