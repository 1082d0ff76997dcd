package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Every header a client controls on the upload and filing routes, malformed: never a 5xx, and a
 * refusal is a problem in the language asked for where the service answers at all (the HTTP codec
 * itself refuses a Content-Length it cannot read, before any of the service's code runs).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class ClientHeadersTest {

    private static final String GOVERNORATE = "IQ-DI";
    private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

    /** A route, its headers when well-formed, and its body. */
    record Route(String name, String method, String path, List<String> headers, byte[] body) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Route> routes;

    private static synchronized List<Route> routes() throws JsonProcessingException {
        if (routes == null) {
            String citizen = TOKENS.citizen("headers-citizen");
            String id = Fixtures.fileAs("headers-citizen", complaint(GOVERNORATE));
            String filed = given().contentType(ContentType.JSON).body(complaint(GOVERNORATE)).when()
                    .post("/anonymous-complaints").then().statusCode(201).extract().asString();
            String number = JsonPath.from(filed).getString("trackingNumber");
            String secret = JsonPath.from(filed).getString("secret");
            byte[] json = new ObjectMapper().writeValueAsBytes(complaint(GOVERNORATE));
            routes = List.of(
                    new Route("citizen upload", "POST", "/complaints/" + id + "/evidence?fileName=a.jpg",
                            List.of("Authorization: Bearer " + citizen, "Content-Type: image/jpeg"), JPEG),
                    new Route("officer upload", "POST", "/complaints/" + id + "/evidence?fileName=a.jpg",
                            List.of("Authorization: Bearer " + TOKENS.officer("intake-officer", GOVERNORATE),
                                    "Content-Type: image/jpeg"), JPEG),
                    new Route("anonymous upload", "POST", "/tracking/" + number + "/evidence?fileName=a.jpg",
                            List.of("X-Tracking-Secret: " + secret, "Content-Type: image/jpeg"), JPEG),
                    new Route("citizen filing", "POST", "/complaints",
                            List.of("Authorization: Bearer " + citizen, "Content-Type: application/json"), json),
                    new Route("anonymous filing", "POST", "/anonymous-complaints", List.of("Content-Type: application/json"),
                            json),
                    new Route("anonymous supplement", "POST", "/tracking/" + number + "/supplements",
                            List.of("X-Tracking-Secret: " + secret, "Content-Type: application/json", "If-Match: \"0\""),
                            "{\"text\":\"more\"}".getBytes(UTF_8)));
        }
        return routes;
    }

    static final List<String> MALFORMED = List.of(
            "Content-Type: ;;;", "Content-Type: image/", "Content-Type: a/b; charset", "Content-Type: /",
            "Content-Type: image", "Content-Type: \u00efmage/jpeg", "Content-Type: \u0635\u0648\u0631\u0629/jpeg",
            "Content-Type: image/jpeg; charset=\"", "Content-Type: image/jpeg;;", "Content-Type: image/jpeg; =x",
            "Content-Type: ", "Content-Type: */*", "Content-Type: image/jpeg, text/plain", "Content-Type: image/jpeg; a=b; a=c",
            "Content-Type: image/jpeg; a=\"x\\\"y\"", "Content-Type: image/jpeg; a=\"x;y\"",
            "Content-Type: application/json; charset=nonsense", "Content-Type: application/json; charset=\u00ff",
            "Content-Length: abc", "Content-Length: -1", "Content-Length: 99999999999999999999", "Content-Length: 1, 2",
            "Accept: ;;;", "Accept: a/b;q=x", "Accept: image/", "Accept: */*;q=2", "Accept: \u00fc/\u00fc",
            "Accept: application/json;q=", "Accept-Language: ;;;", "Accept-Language: ar;q=abc", "Accept-Language: *-*",
            "Accept-Language: \u00ff\u00ff", "Accept-Language: ar-", "Accept-Language: " + "a".repeat(300),
            "Accept-Language: ar;q=0.5;q=0.7", "If-Match: garbage", "If-Match: \"99999999999999999999\"", "If-Match: W/",
            "If-Match: \"\"", "If-Match: *", "If-None-Match: ;;;", "Content-Disposition: attachment; filename=\"../../x\"",
            "Content-Disposition: ;;;", "Content-Encoding: gzip", "Content-Encoding: nonsense", "Expect: nonsense",
            "Idempotency-Key: ;;;", "X-Forwarded-For: ;;;", "X-Forwarded-Proto: gopher", "X-Forwarded-Port: abc",
            "X-Forwarded-Host: a b", "Forwarded: for=\"[::1\"", "Range: bytes=abc", "Authorization: Bearer",
            "Authorization: ;;;", "X-Tracking-Secret: \u00ff");

    static final List<String> ROUTES = List.of("citizen upload", "officer upload", "anonymous upload", "citizen filing",
            "anonymous filing", "anonymous supplement");

    static Stream<Arguments> everyRouteWithEveryMalformedHeader() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : ROUTES) {
            for (String header : MALFORMED) {
                cases.add(Arguments.of(route, header));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyRouteWithEveryMalformedHeader")
    void aMalformedHeaderIsNeverAServerError(String routeName, String header) throws Exception {
        Route route = routes().stream().filter(r -> r.name().equals(routeName)).findFirst().orElseThrow();
        String name = header.substring(0, header.indexOf(':')).toLowerCase(Locale.ROOT);
        List<String> headers = new ArrayList<>(route.headers().stream()
                .filter(h -> !h.toLowerCase(Locale.ROOT).startsWith(name + ":")).toList());
        headers.add(header);
        if (!name.equals("accept-language")) {
            headers.add("Accept-Language: ar");
        }
        RawHttp.Answer answer = RawHttp.send(route.method(), route.path(), headers, route.body());
        assertTrue(answer.status() > 0 && answer.status() < 500, route + " with " + header + " answered " + answer.status()
                + "\n" + answer.text());
        if (answer.status() >= 400 && !name.equals("content-length")) {
            String text = answer.text().toLowerCase(Locale.ROOT);
            assertTrue(text.contains("content-type: application/problem+json"), route + " with " + header
                    + " answered no problem:\n" + answer.text());
            if (!name.equals("accept-language")) {
                assertTrue(text.contains("content-language: ar"), route + " with " + header + " answered not in Arabic:\n"
                        + answer.text());
            }
        }
    }

    static Stream<Arguments> everyUploadWithAnUnparsableContentType() {
        List<Arguments> cases = new ArrayList<>();
        for (String route : List.of("citizen upload", "officer upload", "anonymous upload")) {
            for (String type : List.of(";;;", "image/", "a/b; charset", "", "image/jpeg, text/plain", "\u00efmage/jpeg")) {
                for (String language : List.of("ar", "en")) {
                    cases.add(Arguments.of(route, type, language));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: Content-Type: {1} ({2})")
    @MethodSource("everyUploadWithAnUnparsableContentType")
    void anUnparsableContentTypeIsA415SayingWhatAMediaTypeIs(String routeName, String type, String language)
            throws Exception {
        Route route = routes().stream().filter(r -> r.name().equals(routeName)).findFirst().orElseThrow();
        List<String> headers = new ArrayList<>(route.headers().stream().filter(h -> !h.startsWith("Content-Type:")).toList());
        headers.add("Content-Type: " + type);
        headers.add("Accept-Language: " + language);
        RawHttp.Answer answer = RawHttp.send(route.method(), route.path(), headers, route.body());
        assertEquals(415, answer.status(), answer.text());
        String body = answer.text().substring(answer.text().indexOf("\r\n\r\n") + 4);
        assertEquals("urn:sanad:problem:unsupported-media-type", JsonPath.from(body).getString("type"));
        assertEquals(language.equals("ar") ? "ترويسة Content-Type ليست نوع وسائط واحدًا: يجب أن تكون بالشكل type/subtype، "
                + "وقد تليها معاملات بالشكل ;name=value (مثل image/jpeg أو application/json; charset=utf-8)."
                : "The Content-Type header is not one media type: it must be type/subtype, optionally followed by "
                        + ";name=value parameters (such as image/jpeg or application/json; charset=utf-8).",
                JsonPath.from(body).getString("detail"));
    }
}
