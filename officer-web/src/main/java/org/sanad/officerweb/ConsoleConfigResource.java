package org.sanad.officerweb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * What the browser code needs to know of this deployment before it can do anything: where the
 * three APIs and the login are, and after how long an unattended screen logs out. Everything else
 * (labels, regions, statutes, courts) the console reads from the APIs.
 */
@Path("/config.json")
public class ConsoleConfigResource {

    /** The console's view of this deployment. */
    public record ConsoleConfig(String complaintsApi, String casesApi, String referralsApi, String oidcIssuer,
            String oidcClientId, int idleMinutes) {
    }

    private final ConsoleSettings settings;

    ConsoleConfigResource(ConsoleSettings settings) {
        this.settings = settings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ConsoleConfig config() {
        return new ConsoleConfig(trimmed(settings.complaintsApi().toString()), trimmed(settings.casesApi().toString()),
                trimmed(settings.referralsApi().toString()), trimmed(settings.oidcIssuer().toString()),
                settings.oidcClientId(), settings.idleMinutes());
    }

    private static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
