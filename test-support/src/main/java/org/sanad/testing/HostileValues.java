package org.sanad.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Values for {@link HostileCampaign}, drawn from jqwik's generators with the campaign's seeded
 * random: mostly what a schema allows, at its boundaries or just past them, and often what no
 * schema allows at all.
 */
final class HostileValues {

    /** What a body is: its bytes, the content type it claims, and a short description for failures. */
    record Body(byte[] bytes, String contentType, String description) {
    }

    /**
     * A header a client controls, set to what a server must neither trust nor fail on; {@code
     * languageAsked} is false when it leaves the language of the answer to the server (a malformed
     * Accept-Language).
     */
    record Header(String name, String value, boolean languageAsked) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int GENERATION_SIZE = 1000;

    private final Random random;
    private final JsonNode schemas;
    private final List<String> knownIds;
    private final Arbitrary<String> hostileText;
    private final Arbitrary<String> anyText;

    HostileValues(Random random, JsonNode contract, List<String> knownIds) {
        this.random = random;
        this.schemas = contract.path("components").path("schemas");
        this.knownIds = knownIds;
        this.anyText = Arbitraries.strings().all().ofMaxLength(80);
        this.hostileText = Arbitraries.oneOf(
                anyText,
                Arbitraries.strings().withChars("\u0000\u202E\uFEFF\u200B\u0085\u2028\r\n\t\\\"'<>%{}$").ofMaxLength(30),
                Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(60),
                Arbitraries.of("", " ", "null", "undefined", "0", "-1", "1e309", "NaN", "true", "../../../etc/passwd",
                        "%00", "a\u0000b", "' OR '1'='1' --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
                        "IQ-2026-AAAA-BBBB", "photo\u202Egnp.exe", "İ".repeat(300), "ß".repeat(600),
                        "\uD83D\uDE00".repeat(200), "\uD800", "\\u0000", "0x7fffffffffffffff", "9".repeat(40),
                        "+999999999-12-31T23:59:59Z", "-0001-01-01T00:00:00Z", "2026-02-30", "*", "?", "#"),
                Arbitraries.integers().between(1_000, 200_000).map("x"::repeat));
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A number from 0 up to {@code bound}, exclusive. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    private <T> T draw(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GENERATION_SIZE).next(random).value();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** A path segment: mostly an id of the right form (known, random), sometimes anything at all. */
    String pathValue(JsonNode schema) {
        if (schema != null && "uuid".equals(resolve(schema).path("format").asText()) && chance(0.75)) {
            return !knownIds.isEmpty() && chance(0.6) ? pick(knownIds) : UUID.randomUUID().toString();
        }
        String value = chance(0.5) && schema != null ? text(parameterNode(schema)) : draw(hostileText);
        // a segment cannot be empty or a slash; either would address another route, not attack this one
        return value.isEmpty() ? "x" : value.length() > 4000 ? value.substring(0, 4000) : value;
    }

    /** A query parameter's value: valid by its schema, at its bounds, or hostile. */
    String parameter(JsonNode schema) {
        return chance(0.4) ? draw(hostileText) : text(parameterNode(schema));
    }

    /** A header: versions, secrets, anything printable a header can carry. */
    String headerValue(JsonNode schema) {
        String value = chance(0.5) ? pick(List.of("\"1\"", "\"0\"", "W/\"2\"", "*", "\"-1\"",
                "\"99999999999999999999\"", "1", "", "abc")) : draw(Arbitraries.strings().ascii().ofMaxLength(120));
        // header values carry no control characters (the HTTP client refuses them itself)
        return value.replaceAll("[\\x00-\\x1F\\x7F]", "");
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private JsonNode parameterNode(JsonNode schema) {
        return value(resolve(schema), 0);
    }

    /**
     * A request body for the operation, or none when it takes none (and sometimes when it does);
     * mutated from {@code example} (a body the operation accepts) when there is one.
     */
    Body body(JsonNode requestBody, JsonNode example) {
        JsonNode content = requestBody.path("content");
        if (content.isMissingNode() || !content.fields().hasNext()) {
            return chance(0.2) ? new Body("{\"unexpected\":true}".getBytes(StandardCharsets.UTF_8),
                    "application/json", "an unexpected body") : null;
        }
        List<String> types = new ArrayList<>();
        content.fieldNames().forEachRemaining(types::add);
        String declared = pick(types);
        if (!declared.contains("json")) {
            return binary(declared);
        }
        JsonNode schema = resolve(content.path(declared).path("schema"));
        int mutation = random.nextInt(14);
        JsonNode valid = example != null && chance(0.8) ? example.deepCopy() : value(schema, 0);
        return switch (mutation) {
            case 0 -> json(mutateLeaf(valid), "a hostile field");
            case 1 -> json(mutateLeaf(mutateLeaf(valid)), "two hostile fields");
            case 2 -> bytes(serialise(valid) + pick(List.of("}]garbage", " {}", "\u0000", "]")), "trailing content");
            case 3 -> bytes("[".repeat(5000) + "]".repeat(5000), "deep nesting");
            case 4 -> new Body(invalidUtf8(serialise(valid)), "application/json", "invalid UTF-8");
            case 5 -> bytes(pick(List.of("", "null", "[]", "\"text\"", "42", "{", "{\"a\":")), "not an object");
            case 6 -> json(hugeArray(valid), "a huge array");
            case 7 -> new Body(serialise(valid).getBytes(StandardCharsets.UTF_8),
                    pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "application/octet-stream", "application/json; charset=latin1")), "a lying content type");
            case 8 -> json(withoutAField(valid), "a missing field");
            case 9, 10 -> json(intoAString(valid), "a string carrying a hostile character");
            case 11 -> bytes(withRepeatedKey(valid), "a repeated key");
            default -> json(valid, "a body its schema allows");
        };
    }

    private Body binary(String declared) {
        byte[] bytes = switch (random.nextInt(5)) {
            case 0 -> new byte[0];
            case 1 -> "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
            case 2 -> "%PDF-1.7 but not really".getBytes(StandardCharsets.US_ASCII);
            case 3 -> new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };
            default -> {
                byte[] noise = new byte[random.nextInt(64 * 1024)];
                random.nextBytes(noise);
                yield noise;
            }
        };
        String type = declared.contains("*") || chance(0.5)
                ? pick(List.of("image/jpeg", "image/png", "application/pdf", "text/plain", "audio/mpeg",
                        "application/zip", "application/x-msdownload", "text/html", "application/octet-stream"))
                : declared;
        return new Body(bytes, type, bytes.length + " bytes as " + type);
    }

    private Body json(JsonNode node, String description) {
        return bytes(serialise(node), description);
    }

    private static Body bytes(String text, String description) {
        return new Body(text.getBytes(StandardCharsets.UTF_8), "application/json", description);
    }

    private static String serialise(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The schema with its {@code $ref} followed (the contract's schemas refer to components). */
    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String name = current.path("$ref").asText().replace("#/components/schemas/", "");
            JsonNode target = schemas.path(name);
            ObjectNode merged = target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
            current.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            current = merged;
        }
        if (current.has("allOf") && current.path("allOf").size() > 0) {
            return resolve(current.path("allOf").get(0));
        }
        return current;
    }

    /** A value the schema allows, often at its edges. */
    private JsonNode value(JsonNode schema, int depth) {
        JsonNode enumeration = schema.path("enum");
        if (enumeration.isArray() && enumeration.size() > 0) {
            return enumeration.get(random.nextInt(enumeration.size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = depth > 3 ? 0 : random.nextInt(3);
                for (int i = 0; i < items; i++) {
                    array.add(value(resolve(schema.path("items")), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(draw(Arbitraries.oneOf(Arbitraries.longs().between(-5, 5),
                    Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1, 200L, 1000L, 10_000L),
                    Arbitraries.longs())));
            case "number" -> NODES.numberNode(draw(Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e12),
                    Arbitraries.of(0.0, -0.01, 1e300, Double.MIN_VALUE))));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(string(schema));
        };
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode required = schema.path("required");
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            boolean mustHave = false;
            for (JsonNode name : required) {
                mustHave |= name.asText().equals(property.getKey());
            }
            if ((mustHave || chance(0.6)) && depth < 6) {
                object.set(property.getKey(), value(resolve(property.getValue()), depth + 1));
            }
        }
        return object;
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText();
        int maxLength = schema.path("maxLength").asInt(200);
        return switch (format) {
            case "uuid" -> !knownIds.isEmpty() && chance(0.5) ? pick(knownIds) : UUID.randomUUID().toString();
            case "date-time" -> Instant.now().plus(draw(Arbitraries.longs().between(-4000, 4000)), ChronoUnit.DAYS)
                    .truncatedTo(ChronoUnit.SECONDS).toString();
            case "date" -> LocalDate.now().plusDays(draw(Arbitraries.longs().between(-4000, 4000))).toString();
            default -> switch (random.nextInt(4)) {
                case 0 -> "ع".repeat(Math.min(maxLength, 20_000));
                case 1 -> "x".repeat(Math.min(maxLength + 1, 20_001));
                case 2 -> draw(Arbitraries.strings().withCharRange('\u0600', '\u06FF').ofMinLength(1).ofMaxLength(40));
                default -> draw(anyText);
            };
        };
    }

    /** The same value with one leaf (or the whole) replaced by something no schema allows. */
    private JsonNode mutateLeaf(JsonNode value) {
        JsonNode hostile = hostileLeaf();
        if (!value.isContainerNode() || value.isEmpty()) {
            return hostile;
        }
        JsonNode copy = value.deepCopy();
        JsonNode parent = copy;
        // walk down to a random container and replace one of its members
        for (int depth = 0; depth < 4; depth++) {
            List<JsonNode> containers = new ArrayList<>();
            parent.elements().forEachRemaining(child -> {
                if (child.isContainerNode() && !child.isEmpty()) {
                    containers.add(child);
                }
            });
            if (containers.isEmpty() || chance(0.5)) {
                break;
            }
            parent = pick(containers);
        }
        if (parent.isObject()) {
            List<String> names = new ArrayList<>();
            parent.fieldNames().forEachRemaining(names::add);
            String name = chance(0.15) ? "unexpected" + random.nextInt(10) : pick(names);
            ((ObjectNode) parent).set(name, hostile);
        } else {
            ((ArrayNode) parent).set(random.nextInt(parent.size()), hostile);
        }
        return copy;
    }

    private JsonNode hostileLeaf() {
        return switch (random.nextInt(7)) {
            case 0 -> NODES.textNode(draw(hostileText));
            case 1 -> NODES.numberNode(draw(Arbitraries.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE)));
            case 2 -> NODES.objectNode().put("nested", "object");
            case 3 -> NODES.arrayNode().add(1).add("two");
            case 4 -> NODES.nullNode();
            case 5 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            default -> NODES.booleanNode(true);
        };
    }

    /**
     * The value written with one key of one of its objects (the body itself or one nested
     * anywhere) written twice, the second time with the same value or a hostile one: which of the
     * two counts depends on the reader, so a server must refuse both.
     */
    private String withRepeatedKey(JsonNode value) {
        List<JsonNode> objects = new ArrayList<>();
        collectObjects(value, objects);
        if (objects.isEmpty()) {
            return "{\"a\":1,\"a\":2}";
        }
        JsonNode target = pick(objects);
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = pick(names);
        return writeRepeating(value, target, name, chance(0.5) ? target.get(name) : hostileLeaf());
    }

    private static void collectObjects(JsonNode node, List<JsonNode> objects) {
        if (node.isObject() && !node.isEmpty()) {
            objects.add(node);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                collectObjects(child, objects);
            }
        }
    }

    private static String writeRepeating(JsonNode node, JsonNode target, String name, JsonNode again) {
        if (node.isObject()) {
            StringJoiner fields = new StringJoiner(",", "{", "}");
            node.fields().forEachRemaining(field -> fields.add(serialise(NODES.textNode(field.getKey())) + ":"
                    + writeRepeating(field.getValue(), target, name, again)));
            if (node == target) {
                fields.add(serialise(NODES.textNode(name)) + ":" + serialise(again));
            }
            return fields.toString();
        }
        if (node.isArray()) {
            StringJoiner items = new StringJoiner(",", "[", "]");
            node.forEach(item -> items.add(writeRepeating(item, target, name, again)));
            return items.toString();
        }
        return serialise(node);
    }

    /**
     * One to three of the headers a client controls, each set to a value a server cannot parse or
     * must not trust: the body's type and what is accepted back, the language, versions, tokens,
     * the proxies' forwarding headers, trace context, cookies, ranges, and the ones servers log.
     */
    List<Header> clientHeaders() {
        List<Header> headers = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            headers.add(clientHeader());
        }
        return headers;
    }

    private Header clientHeader() {
        return switch (random.nextInt(12)) {
            case 0, 1 -> header("Content-Type", pick(List.of("application/json; charset=", "application/json;;",
                    "application/", "/json", "json", "application/json; charset=utf-99", "application/json; charset=\"",
                    "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
                    "*/*", "application/*", "text/plain; q=abc", "a/b/c", ";", "", " ", "application/json, text/plain",
                    "application/json; a=b; a=c", "application/merge-patch+json", "application/problem+json",
                    "image/png; name=\"x.png\"", "application/x-www-form-urlencoded; charset=latin1",
                    "application/json; charset=" + "x".repeat(300))));
            case 2 -> header("Accept", pick(List.of("application/xml", "*/*;q=abc", "text/html, application/json;q=0",
                    "@@@", "application/problem+json", "", ";", "application/json;q=2", "*/json", "image/*",
                    "text/event-stream", "application/json;q=0", "*/*;q=0", "a/b/c, " + "x/y,".repeat(500))));
            case 3 -> new Header("Accept-Language", pick(List.of("", "*", "ar-", "en;q=x", "zz-ZZZZ-1234567890",
                    "ar;q=0, en;q=0", "i-klingon", "a,".repeat(2000), "ar_IQ", ";q=1", "fr", "ar-IQ;q=1.5", "x-".repeat(100),
                    "-", ",,,", "ar;q=", "en-US-x-private-" + "a".repeat(200))), false);
            case 4 -> header(pick(List.of("If-Match", "If-None-Match")), pick(List.of("\"", "W/", "*", "\"1\", \"2\"",
                    "W/\"\"", "\"" + "9".repeat(4000) + "\"", "abc", "\"-1\"", "\"1\"garbage", ",,,", "W/*", "\"\"")));
            case 5 -> header("Authorization", pick(List.of("Bearer", "Bearer ", "Basic Zm9vOmJhcg==", "Bearer a.b.c",
                    "Bearer " + "a".repeat(6000), "Bearer e30.e30.", "Negotiate YII=", "Bearer ..",
                    "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4Iiwicm9sZXMiOlsiYWRtaW4iXX0.", "Digest username=x", ",",
                    "Bearer \"quoted\"", "Bearer x.y.z extra", "bearer")));
            case 6 -> header(pick(List.of("X-Forwarded-For", "X-Real-IP")), pick(List.of("1.2.3.4, unknown, ::::",
                    "999.999.999.999", "_hidden", "", ",".repeat(500), "[::1]:99999", "127.0.0.1", "not-an-ip",
                    "1.2.3.4, " + "10.0.0.1, ".repeat(300))));
            case 7 -> header(pick(List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port",
                    "X-Forwarded-Prefix")), pick(List.of("for=\"[zz]\";proto=gopher", "by=;for=;;",
                    "for=192.0.2.60;proto=http;by=203.0.113.43;host=evil.example", "gopher", "evil.example:99999", "-1",
                    "/../../admin", "for=unknown, for=\"", "proto=https;host=" + "a".repeat(1000))));
            case 8 -> header(pick(List.of("traceparent", "tracestate", "baggage")), pick(List.of("00-zzzz",
                    "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                    "00-00000000000000000000000000000000-0000000000000000-01", "00-" + "a".repeat(500), "",
                    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-zz", "=,=,=", "k=v;;;,", "%%%",
                    "a=" + "b".repeat(8000))));
            case 9 -> header("Cookie", pick(List.of("a=b; c", "=", ";;;;", "session=" + "x".repeat(6000), "q_session=null",
                    "__Host-x=1; __Secure-y=2", "$Version=1; a=\"b", "q_session=" + "A".repeat(100) + "; q_session=x")));
            case 10 -> header("Range", pick(List.of("bytes=abc", "bytes=-0", "bytes=0-0,".repeat(200) + "0-0",
                    "items=1-2", "bytes=99999999999999999999-", "bytes=5-1")));
            // Origin is left out: Quarkus's CORS filter answers an origin it does not allow with a bare 403
            default -> header(pick(List.of("User-Agent", "Referer", "X-Request-Id", "X-HTTP-Method-Override")),
                    pick(List.of("", "DELETE", "../../etc/passwd", "' OR '1'='1", "${jndi:ldap://x/a}", "x".repeat(4000),
                            "http://evil.example/?q=%00")));
        };
    }

    private static Header header(String name, String value) {
        return new Header(name, value, true);
    }

    /**
     * The same value with one of its strings carrying what a text column or a reader must not take
     * as it comes: a NUL, a right-to-left override, a lone surrogate, a line separator.
     */
    private JsonNode intoAString(JsonNode value) {
        List<JsonNode> parents = new ArrayList<>();
        collectStringParents(value, parents);
        if (parents.isEmpty()) {
            return value;
        }
        JsonNode copy = value.deepCopy();
        parents.clear();
        collectStringParents(copy, parents);
        JsonNode parent = pick(parents);
        String injected = pick(List.of("\u0000", "\u202E", "\uD800", "\u2028", "\uFEFF", "\u0000\u0000"));
        if (parent.isObject()) {
            List<String> names = new ArrayList<>();
            parent.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    names.add(field.getKey());
                }
            });
            String name = pick(names);
            String text = parent.path(name).asText();
            int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            ((ObjectNode) parent).put(name, text.substring(0, at) + injected + text.substring(at));
        } else {
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < parent.size(); i++) {
                if (parent.get(i).isTextual()) {
                    indexes.add(i);
                }
            }
            int index = pick(indexes);
            ((ArrayNode) parent).set(index, NODES.textNode(injected + parent.get(index).asText()));
        }
        return copy;
    }

    private static void collectStringParents(JsonNode node, List<JsonNode> parents) {
        boolean holdsText = false;
        for (JsonNode child : node) {
            holdsText |= child.isTextual();
            if (child.isContainerNode()) {
                collectStringParents(child, parents);
            }
        }
        if (holdsText) {
            parents.add(node);
        }
    }

    private JsonNode withoutAField(JsonNode value) {
        if (!value.isObject() || value.isEmpty()) {
            return value;
        }
        ObjectNode copy = value.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        copy.remove(pick(names));
        return copy;
    }

    private JsonNode hugeArray(JsonNode value) {
        ArrayNode many = NODES.arrayNode();
        for (int i = 0; i < 20_000; i++) {
            many.add(i % 2 == 0 ? "x" : "ي");
        }
        if (!value.isObject() || value.isEmpty()) {
            return many;
        }
        ObjectNode copy = value.deepCopy();
        List<String> names = new ArrayList<>();
        copy.fieldNames().forEachRemaining(names::add);
        copy.set(pick(names), many);
        return copy;
    }

    /** The serialised body with bytes that are not UTF-8 (an overlong NUL, a lone continuation byte). */
    private byte[] invalidUtf8(String json) {
        byte[] valid = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf('"', 1);
        int at = quote < 0 ? valid.length / 2 : quote + 1;
        byte[] bad = pick(List.of(new byte[] { (byte) 0xC0, (byte) 0x80 }, new byte[] { (byte) 0x80 },
                new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xFF, (byte) 0xFE }));
        byte[] result = new byte[valid.length + bad.length];
        System.arraycopy(valid, 0, result, 0, at);
        System.arraycopy(bad, 0, result, at, bad.length);
        System.arraycopy(valid, at, result, at + bad.length, valid.length - at);
        return result;
    }
}
