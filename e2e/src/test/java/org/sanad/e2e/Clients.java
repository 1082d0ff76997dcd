package org.sanad.e2e;

import java.net.http.HttpRequest;
import java.util.function.Consumer;

/**
 * The published Java clients of the three services (clients/java: their public operations, the
 * auditors' included), each with its caller's bearer token (or none, for the anonymous routes). For an evidence upload the client also sends the file's bytes and real
 * media type: the generated Java method (openapi-generator's native library) serialises a binary
 * body as JSON and sends the first media type the contract lists, so the request's body and type
 * are set here, after the generated code built the rest of the request (path, query, headers).
 */
final class Clients {

    private Clients() {
    }

    private static Consumer<HttpRequest.Builder> as(String token, String contentType) {
        return as(token, contentType, null);
    }

    private static Consumer<HttpRequest.Builder> as(String token, String contentType, byte[] upload) {
        return request -> {
            if (upload != null) {
                request.method("POST", HttpRequest.BodyPublishers.ofByteArray(upload));
            }
            if (token != null) {
                request.setHeader("Authorization", "Bearer " + token);
            }
            if (contentType != null) {
                request.setHeader("Content-Type", contentType);
            }
            request.setHeader("Accept-Language", "en");
        };
    }

    static org.sanad.client.complaints.ApiClient complaints(String token) {
        return complaints(token, 1);
    }

    static org.sanad.client.complaints.ApiClient complaints(String token, int instance) {
        org.sanad.client.complaints.ApiClient client = new org.sanad.client.complaints.ApiClient();
        client.updateBaseUri(Suite.url("complaints-service", instance));
        client.setRequestInterceptor(as(token, null));
        return client;
    }

    /** complaints-service, for one upload of {@code bytes} as {@code contentType}. */
    static org.sanad.client.complaints.ApiClient complaintsUpload(String token, String contentType, byte[] bytes) {
        org.sanad.client.complaints.ApiClient client = complaints(token, 1);
        client.setRequestInterceptor(as(token, contentType, bytes));
        return client;
    }

    static org.sanad.client.cases.ApiClient cases(String token) {
        org.sanad.client.cases.ApiClient client = new org.sanad.client.cases.ApiClient();
        client.updateBaseUri(Suite.url("cases-service", 1));
        client.setRequestInterceptor(as(token, null));
        return client;
    }

    /** cases-service, for one upload of {@code bytes} as {@code contentType}. */
    static org.sanad.client.cases.ApiClient casesUpload(String token, String contentType, byte[] bytes) {
        org.sanad.client.cases.ApiClient client = cases(token);
        client.setRequestInterceptor(as(token, contentType, bytes));
        return client;
    }

    static org.sanad.client.referrals.ApiClient referrals(String token) {
        org.sanad.client.referrals.ApiClient client = new org.sanad.client.referrals.ApiClient();
        client.updateBaseUri(Suite.url("referrals-service", 1));
        client.setRequestInterceptor(as(token, null));
        return client;
    }
}
