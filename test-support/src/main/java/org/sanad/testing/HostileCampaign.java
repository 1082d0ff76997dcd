package org.sanad.testing;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import net.jqwik.api.sessions.JqwikSession;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A generated hostile-input campaign over every operation of a service's committed contract. Each
 * request is built from the operation's parameters and body schema by {@link HostileValues}: random
 * and boundary values, NUL and format characters, huge strings and arrays, deep nesting, wrong
 * types, invalid UTF-8, trailing garbage, repeated keys, lying content types and file names,
 * foreign and random ids; and, written byte for byte on a socket, every header a client controls
 * set to what cannot be parsed or trusted (Content-Type, Accept, Accept-Language, If-Match,
 * Authorization, the forwarding headers, trace context, Cookie, Range, User-Agent) and a
 * Content-Length shorter than the body; sent by every caller given (tokens of each role, expired or for another audience, and none).
 * Each operation is sent once by every caller, then mostly by those it admitted. Every answer is
 * held to the suite's promises:
 * <ul>
 * <li>never a 5xx;</li>
 * <li>every 4xx is an {@code application/problem+json} problem in the language asked for;</li>
 * <li>no answer carries a marker of a record none of the callers may see;</li>
 * <li>a refused request writes nothing (the service's tables hash the same before and after).</li>
 * </ul>
 * The seed is printed with the request count; {@code -Dhostile.seed=N} replays a run.
 */
public final class HostileCampaign {

    /** Who sends: a bearer token, or nobody ({@code token == null}). */
    public record Caller(String name, String token) {
    }

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final int MAX_FAILURES_SHOWN = 25;
    private static final int MAX_URI = 60_000;
    /** The share of requests written on a socket with hostile client headers. */
    private static final double RAW_SHARE = 0.3;
    private static final List<String> SUITE_LANGUAGES = List.of("en", "ar");

    private final String service;
    private final JsonNode contract;
    private final List<Caller> callers;
    private final List<String> knownIds;
    private final List<String> forbiddenMarkers;
    private final Map<String, JsonNode> validBodies;
    private final Supplier<String> state;
    private final int requestsPerOperation;

    private HostileCampaign(Builder builder) throws IOException {
        this.service = builder.service;
        this.contract = new ObjectMapper(new YAMLFactory()).readTree(builder.contract.toFile());
        this.callers = List.copyOf(builder.callers);
        this.knownIds = List.copyOf(builder.knownIds);
        this.forbiddenMarkers = List.copyOf(builder.forbiddenMarkers);
        this.validBodies = Map.copyOf(builder.validBodies);
        this.state = builder.state;
        this.requestsPerOperation = builder.requestsPerOperation;
    }

    public static Builder of(String service) {
        return new Builder(service);
    }

    /** Runs the campaign; fails with every broken promise it saw, after printing what it sent. */
    public Report run() {
        // jqwik's generators outside a jqwik property: a session holds their memoised state
        JqwikSession.start();
        try {
            return runInSession();
        } finally {
            JqwikSession.finish();
        }
    }

    private Report runInSession() {
        long seed = Long.getLong("hostile.seed", System.nanoTime());
        Random random = new Random(seed);
        HostileValues values = new HostileValues(random, contract, knownIds);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int sent = 0;
        int operations = 0;
        String before = state.get();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!method.getValue().isObject() || method.getKey().equals("parameters")) {
                    continue;
                }
                operations++;
                List<Caller> admitted = new ArrayList<>();
                for (int i = 0; i < requestsPerOperation; i++) {
                    Caller caller = chooseCaller(i, admitted, random);
                    Locale language = random.nextBoolean() ? Locale.ENGLISH : Locale.forLanguageTag("ar");
                    Sent request = send(values, path.getKey(), method.getKey(), method.getValue(), caller, language);
                    sent++;
                    int status = request.status();
                    statuses.merge(status, 1, Integer::sum);
                    if (status != 401 && status != 403 && !admitted.contains(caller)) {
                        admitted.add(caller);
                    }
                    String after = state.get();
                    check(request, before, after, failures);
                    before = after;
                }
            }
        }
        String summary = String.format(Locale.ROOT,
                "HostileCampaign[%s]: %d requests over %d operations, %d callers, seed %d, statuses %s", service, sent,
                operations, callers.size(), seed, statuses);
        System.out.println(summary);
        if (!failures.isEmpty()) {
            throw new AssertionError(summary + "\n" + failures.size() + " broken promises, the first:\n"
                    + String.join("\n", failures.subList(0, Math.min(MAX_FAILURES_SHOWN, failures.size()))));
        }
        return new Report(sent, operations, statuses);
    }

    /**
     * Every caller is tried once per operation; after that most requests go to the callers the
     * operation let past its role and scope checks, so hostile values reach the rules behind them
     * rather than ending at a 403 each time.
     */
    private Caller chooseCaller(int attempt, List<Caller> admitted, Random random) {
        if (attempt < callers.size()) {
            return callers.get(attempt);
        }
        if (!admitted.isEmpty() && random.nextDouble() < 0.8) {
            return admitted.get(random.nextInt(admitted.size()));
        }
        return callers.get(random.nextInt(callers.size()));
    }

    /** What a run sent, for the test to assert on (every operation reached, enough requests). */
    public record Report(int requests, int operations, Map<Integer, Integer> statuses) {
    }

    /** What was sent, and the answer: its status, type and language, and its body as text. */
    private record Sent(String description, Locale language, int status, String contentType, String contentLanguage,
            String body) {

        static Sent of(String description, Locale language, Response response) {
            return new Sent(description, language, response.statusCode(), String.valueOf(response.contentType()),
                    response.header("Content-Language"), response.asString());
        }
    }

    private Sent send(HostileValues values, String template, String method, JsonNode operation, Caller caller,
            Locale language) {
        Map<String, JsonNode> parameters = parameters(operation);
        String uri = fillPath(values, template, parameters);
        StringBuilder query = new StringBuilder();
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, JsonNode> parameter : parameters.entrySet()) {
            JsonNode definition = parameter.getValue();
            String in = definition.path("in").asText();
            if (in.equals("query") && values.chance(0.6)) {
                query.append(query.isEmpty() ? "?" : "&").append(encode(parameter.getKey())).append('=')
                        .append(encode(values.parameter(definition.path("schema"))));
            } else if (in.equals("header") && values.chance(0.8)) {
                headers.put(parameter.getKey(), values.headerValue(definition.path("schema")));
            }
        }
        if (values.chance(0.5)) {
            // the API-key schemes (the tracking secret) are headers a generated client sends
            headers.put("X-Tracking-Secret", values.headerValue(null));
        }
        HostileValues.Body body = values.body(operation.path("requestBody"),
                validBodies.get(method.toUpperCase(Locale.ROOT) + " " + template));
        uri = withinUriLimit(uri + query);
        String verb = method.toUpperCase(Locale.ROOT);
        String description = verb + " " + abbreviate(uri) + " as " + caller.name() + " [" + language.getLanguage() + "]"
                + (body == null ? "" : " with " + body.description());
        if (values.chance(RAW_SHARE)) {
            return sendRaw(values, verb, uri, headers, body, caller, language, description);
        }
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssured.config().encoderConfig(encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Accept-Language", language.getLanguage())
                .headers(headers);
        if (caller.token() != null) {
            request.auth().oauth2(caller.token());
        }
        if (body != null) {
            request.contentType(body.contentType());
            // RestAssured encodes a form body itself, and only from text
            if (body.contentType().startsWith("application/x-www-form-urlencoded")) {
                request.body(new String(body.bytes(), StandardCharsets.UTF_8));
            } else {
                request.body(body.bytes());
            }
        }
        return Sent.of(description, language, request.when().request(verb, uri));
    }

    /**
     * The request written on a socket with one to three headers a client controls set to hostile
     * values, and sometimes a Content-Length shorter than the body: what an HTTP client would
     * refuse to send or would correct.
     */
    private Sent sendRaw(HostileValues values, String verb, String uri, Map<String, String> parameterHeaders,
            HostileValues.Body body, Caller caller, Locale language, String description) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Accept-Language", language.getLanguage());
        if (caller.token() != null) {
            headers.put("Authorization", "Bearer " + caller.token());
        }
        headers.putAll(parameterHeaders);
        byte[] bytes = body == null ? new byte[0] : body.bytes();
        if (body != null) {
            headers.put("Content-Type", body.contentType());
        }
        int declared = bytes.length;
        if (bytes.length > 1 && values.chance(0.2)) {
            declared = values.below(bytes.length);
        }
        headers.put("Content-Length", String.valueOf(declared));
        Locale asked = language;
        StringBuilder hostile = new StringBuilder();
        for (HostileValues.Header header : values.clientHeaders()) {
            headers.put(header.name(), header.value().replaceAll("[\\x00-\\x1F\\x7F]", ""));
            asked = header.languageAsked() ? asked : null;
            hostile.append(", ").append(header.name()).append(": ").append(abbreviate(header.value()));
        }
        String sentAs = description + " on a socket" + hostile
                + (declared < bytes.length ? ", Content-Length " + declared + " of " + bytes.length : "");
        try {
            RawHttp.Answer answer = RawHttp.send(URI.create(RestAssured.baseURI + ":" + RestAssured.port), verb,
                    RestAssured.basePath.replaceAll("/$", "") + uri, headers, bytes);
            if (answer == null) {
                // closed while the body was still arriving: the answer went with the connection
                return new Sent(sentAs, asked, 0, "none", null, "");
            }
            return new Sent(sentAs, asked, answer.status(), String.valueOf(answer.header("Content-Type")),
                    answer.header("Content-Language"), answer.body());
        } catch (IOException | RuntimeException e) {
            return new Sent(sentAs, asked, 599, "none", null, "no answer: " + e);
        }
    }

    private static String withinUriLimit(String uri) {
        if (uri.length() <= MAX_URI) {
            return uri;
        }
        // past 64 KiB Vert.x cannot parse the request line and closes with a bare 414 (see HttpLimits);
        // everything up to there, the suite's own 8 KiB limit included, is the service's to answer
        // (never through a %XX escape: the client would refuse to send a malformed one)
        int end = MAX_URI;
        int escape = uri.lastIndexOf('%', end - 1);
        if (escape > end - 3) {
            end = escape;
        }
        return uri.substring(0, end);
    }

    private String fillPath(HostileValues values, String template, Map<String, JsonNode> parameters) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            JsonNode definition = parameters.get(matcher.group(1));
            String value = values.pathValue(definition == null ? null : definition.path("schema"));
            matcher.appendReplacement(path, Matcher.quoteReplacement(encode(value)));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static Map<String, JsonNode> parameters(JsonNode operation) {
        Map<String, JsonNode> parameters = new TreeMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.put(parameter.path("name").asText(), parameter);
        }
        return parameters;
    }

    private void check(Sent sent, String before, String after, List<String> failures) {
        int status = sent.status();
        String body = sent.body();
        if (status >= 500) {
            failures.add(status + " for " + sent.description() + ": " + abbreviate(body));
        }
        if (status >= 400) {
            String type = sent.contentType();
            if (!type.startsWith("application/problem+json")) {
                failures.add(status + " not a problem (" + type + ") for " + sent.description());
            } else {
                JsonNode problem = parse(body);
                if (problem == null || problem.path("status").asInt() != status
                        || !problem.path("type").asText().startsWith("urn:sanad:problem:")
                        || problem.path("title").asText().isBlank()) {
                    failures.add(status + " with a malformed problem for " + sent.description() + ": " + abbreviate(body));
                }
                // a language asked for is answered in; an unreadable Accept-Language gets one of the suite's
                Locale language = sent.language();
                if (language == null ? !SUITE_LANGUAGES.contains(String.valueOf(sent.contentLanguage()))
                        : !language.getLanguage().equals(sent.contentLanguage())) {
                    failures.add(status + " in " + sent.contentLanguage() + " instead of "
                            + (language == null ? SUITE_LANGUAGES : language.getLanguage()) + " for " + sent.description());
                }
            }
            if (!before.equals(after)) {
                failures.add(status + " but the service's data changed, for " + sent.description());
            }
        }
        for (String marker : forbiddenMarkers) {
            if (body.contains(marker)) {
                failures.add(status + " showed another scope's record (" + marker + ") for " + sent.description());
            }
        }
    }

    private static JsonNode parse(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }

    public static final class Builder {

        private final String service;
        private Path contract = OpenApiContract.COMMITTED;
        private final List<Caller> callers = new ArrayList<>();
        private final List<String> knownIds = new ArrayList<>();
        private final List<String> forbiddenMarkers = new ArrayList<>();
        private final Map<String, JsonNode> validBodies = new TreeMap<>();
        private Supplier<String> state = () -> "";
        private int requestsPerOperation = 40;

        private Builder(String service) {
            this.service = service;
        }

        public Builder contract(Path committed) {
            this.contract = committed;
            return this;
        }

        public Builder caller(String name, String token) {
            callers.add(new Caller(name, token));
            return this;
        }

        /** Ids the campaign puts in paths besides random ones: records of other scopes above all. */
        public Builder knownIds(List<String> ids) {
            knownIds.addAll(ids);
            return this;
        }

        /** Text held only by records none of the callers may see: no answer may carry it. */
        public Builder forbiddenMarker(String marker) {
            forbiddenMarkers.add(marker);
            return this;
        }

        /**
         * A body the operation accepts ({@code "POST /complaints"}, as the contract writes the path):
         * most requests mutate it, so a hostile value reaches the rules and the database rather than
         * the first constraint a generated body breaks.
         */
        public Builder validBody(String operation, Object body) {
            validBodies.put(operation, new ObjectMapper().valueToTree(body));
            return this;
        }

        /** A fingerprint of the service's data, equal before and after every refused request. */
        public Builder state(Supplier<String> fingerprint) {
            this.state = fingerprint;
            return this;
        }

        public Builder requestsPerOperation(int requests) {
            this.requestsPerOperation = requests;
            return this;
        }

        public Report run() {
            if (callers.isEmpty()) {
                throw new IllegalStateException("a campaign needs callers");
            }
            try {
                return new HostileCampaign(this).run();
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the contract " + contract, e);
            }
        }
    }
}
