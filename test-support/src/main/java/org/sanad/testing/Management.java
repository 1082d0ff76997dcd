package org.sanad.testing;

import static io.restassured.RestAssured.given;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.specification.RequestSpecification;

/**
 * Requests to a service's management interface (health, metrics, OpenAPI, Swagger UI), which
 * listens on its own port, apart from the API.
 */
public final class Management {

    private Management() {
    }

    /** A request to the management server; paths are the usual ones ({@code /q/health/ready}). */
    public static RequestSpecification request() {
        // the management URI names its root path (/q), which the paths here already carry
        URI uri = URI.create(TestHTTPResourceManager.getManagementUri());
        return given().baseUri(uri.getScheme() + "://" + uri.getHost()).port(uri.getPort());
    }
}
