package org.sanad.courtsimulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;

import com.nimbusds.jose.jwk.JWK;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Where the sandbox is and how the court system logs in: the options every online command takes. */
public final class ConnectionOptions {

    static final String LOCAL_TOKEN_URL = "http://localhost:8180/realms/sanad/protocol/openid-connect/token";

    @Option(names = "--api", defaultValue = "http://localhost:8083", paramLabel = "<url>",
            description = "referrals-service's base URL (default: ${DEFAULT-VALUE})")
    String api;

    @Option(names = "--token-url", defaultValue = LOCAL_TOKEN_URL, paramLabel = "<url>",
            description = "Keycloak's token endpoint (default: the local realm, ${DEFAULT-VALUE})")
    String tokenUrl;

    @Option(names = "--client-id", defaultValue = "court-iq-pmc", paramLabel = "<id>",
            description = "the court system's client id (default: ${DEFAULT-VALUE})")
    String clientId;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Authentication authentication;

    /** One of the two ways a court system proves who it is. */
    static final class Authentication {

        @Option(names = "--client-secret", paramLabel = "<secret>", description = "authenticate with the client secret")
        String secret;

        @Option(names = "--private-key", paramLabel = "<JWK file>",
                description = "authenticate with private_key_jwt: a client assertion (RFC 7523) signed with this private JWK (RSA: RS256, EC P-256: ES256)")
        Path privateKey;
    }

    CourtConnection connect(CommandSpec spec) {
        if (authentication == null) {
            throw new ParameterException(spec.commandLine(), "Missing authentication: give --client-secret or --private-key");
        }
        var http = CourtConnection.httpClient();
        CourtCredentials credentials = authentication.secret != null
                ? CourtCredentials.withSecret(http, tokenUrl, clientId, authentication.secret)
                : CourtCredentials.withPrivateKey(http, tokenUrl, clientId, privateKey(spec, authentication.privateKey));
        spec.commandLine().getOut().println("court system " + clientId + " at " + api + ", token from " + tokenUrl
                + " by " + credentials.method());
        return new CourtConnection(api, credentials, http);
    }

    private static JWK privateKey(CommandSpec spec, Path file) {
        try {
            return JWK.parse(Files.readString(file));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read the private key " + file + ": " + e.getMessage());
        } catch (ParseException e) {
            throw new ParameterException(spec.commandLine(), "The private key " + file + " is not a JWK: " + e.getMessage());
        }
    }
}
