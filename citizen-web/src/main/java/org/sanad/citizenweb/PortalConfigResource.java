package org.sanad.citizenweb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What the browser code needs to know of this deployment before it can do anything: where the API
 * and the login are, and where the quick exit goes. Everything else about the jurisdiction (its
 * languages, regions, labels, limits, help lines) the app reads from the API's reference data.
 */
@Path("/config.json")
public class PortalConfigResource {

    /** The portal's view of this deployment. */
    public record PortalConfig(String complaintsApi, String oidcIssuer, String oidcClientId, String exitUrl) {
    }

    private final PortalSettings settings;

    PortalConfigResource(PortalSettings settings) {
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PortalConfig config() {
        return new PortalConfig(trimmed(settings.complaintsApi().toString()), trimmed(settings.oidcIssuer().toString()),
                settings.oidcClientId(), settings.exitUrl().toString());
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
