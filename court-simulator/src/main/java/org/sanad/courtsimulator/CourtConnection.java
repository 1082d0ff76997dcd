package org.sanad.courtsimulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.sanad.client.referrals.ApiClient;
import org.sanad.client.referrals.api.CourtIntegrationApi;

/**
 * referrals-service as one court system sees it: the published Java client for the operations, and
 * plain HTTP for the two reads whose exact bytes matter (a version, which is verified as received,
 * and the JWKS), since the generated model would read them into objects and write them out again.
 */
public final class CourtConnection {

    /** Longer than the longest long-poll the feed allows (30 s). */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(45);

    private final String api;

    private final CourtCredentials credentials;

    private final HttpClient http;

    public CourtConnection(String api, CourtCredentials credentials, HttpClient http) {
        this.api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        this.credentials = credentials;
        this.http = http;
    }

    public static HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String api() {
        return api;
    }

    public CourtCredentials credentials() {
        return credentials;
    }

    /** The court operations, each request with a current access token. */
    public CourtIntegrationApi court() {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)));
        client.updateBaseUri(api);
        client.setReadTimeout(READ_TIMEOUT);
        client.setRequestInterceptor(request -> request.setHeader("Authorization", "Bearer " + credentials.accessToken())
                .setHeader("Accept-Language", "en"));
        return new CourtIntegrationApi(client);
    }

    /** A submitted version's JSON exactly as the service sent it. */
    public String versionJson(UUID referral, int number) {
        return get("/court/referrals/" + referral + "/versions/" + number, true);
    }

    /** The published signing keys, as the service sent them (no token needed). */
    public String jwks() {
        return get("/court/jwks", false);
    }

    private String get(String path, boolean withToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(READ_TIMEOUT)
                .header("Accept", "application/json, application/jwk-set+json").header("Accept-Language", "en").GET();
        if (withToken) {
            request.header("Authorization", "Bearer " + credentials.accessToken());
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unreachable("GET " + api + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("Interrupted: GET " + api + path, e);
        }
        if (response.statusCode() != 200) {
            throw new Unreachable("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
