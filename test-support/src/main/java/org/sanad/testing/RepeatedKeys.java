package org.sanad.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Every operation of a committed contract that takes a JSON object, sent a body that repeats one
 * of its properties: each must be refused as a malformed request naming the key, by at least one
 * of the callers given (the others may be refused first by their role), and by none with a 5xx.
 */
public final class RepeatedKeys {

    /** An operation, and the property of its body that is repeated. */
    public record Route(String method, String path, String key) {
    }

    private static final String ANY_ID = "00000000-0000-0000-0000-000000000001";

    private RepeatedKeys() {
    }

    /** Sends each route's repeated key as each caller ({@code null}: no token); fails with what broke. */
    public static List<Route> check(Path contract, List<String> tokens) {
        List<Route> routes = routes(contract);
        List<String> broken = new ArrayList<>();
        for (Route route : routes) {
            boolean named = false;
            for (String token : tokens) {
                var request = given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                        .header("Accept-Language", "ar")
                        .body("{\"" + route.key() + "\": null, \"" + route.key() + "\": null}");
                if (token != null) {
                    request.auth().oauth2(token);
                }
                Response answer = request.when().request(route.method(), route.path());
                if (answer.statusCode() >= 500) {
                    broken.add(route + ": " + answer.statusCode() + " " + answer.asString());
                }
                named |= answer.statusCode() == 400 && "urn:sanad:problem:malformed-request".equals(answer.path("type"))
                        && route.key().equals(answer.path("errors[0].field"))
                        // the repeat is named in the detail; a value of the wrong type would not be
                        && String.valueOf(answer.<String> path("detail")).contains("\"" + route.key() + "\"")
                        && "ar".equals(answer.header("Content-Language"));
            }
            if (!named) {
                broken.add(route + ": no caller was told the key is repeated");
            }
        }
        if (routes.isEmpty() || !broken.isEmpty()) {
            throw new AssertionError(routes.size() + " routes with JSON bodies; broken:\n" + String.join("\n", broken));
        }
        return routes;
    }

    /** The contract's operations taking a JSON object with properties, each with its first property. */
    static List<Route> routes(Path contract) {
        JsonNode document;
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + contract, e);
        }
        JsonNode schemas = document.path("components").path("schemas");
        List<Route> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode schema = method.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                String ref = schema.path("$ref").asText("");
                JsonNode body = ref.isEmpty() ? schema : schemas.path(ref.replace("#/components/schemas/", ""));
                Iterator<String> properties = body.path("properties").fieldNames();
                if (properties.hasNext()) {
                    routes.add(new Route(method.getKey().toUpperCase(Locale.ROOT),
                            path.getKey().replaceAll("\\{[^}]+}", ANY_ID), properties.next()));
                }
            }
        }
        return routes;
    }
}
