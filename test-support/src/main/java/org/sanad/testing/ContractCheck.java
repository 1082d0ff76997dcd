package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Checks a REST client's hand-written model against the committed OpenAPI contract of the
 * service it calls: same operations, same JSON fields, every required field sent. A change on
 * either side that breaks the other fails the build of the caller.
 */
public final class ContractCheck {

    private static final String SCHEMA_REF = "#/components/schemas/";

    private final JsonNode contract;

    private ContractCheck(JsonNode contract) {
        this.contract = contract;
    }

    public static ContractCheck of(Path committedContract) throws IOException {
        return new ContractCheck(new ObjectMapper(new YAMLFactory()).readTree(committedContract.toFile()));
    }

    /** The operation exists; answers its JSON request body schema name, or null without one. */
    public String operation(String method, String path) {
        JsonNode operation = contract.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        assertTrue(operation.isObject(), method + " " + path + " is not in the contract");
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.has("$ref") ? schema.get("$ref").asText().substring(SCHEMA_REF.length()) : null;
    }

    /** The record's components are exactly the schema's properties, nested records included. */
    public void matches(String schemaName, Class<? extends Record> type) {
        JsonNode schema = contract.path("components").path("schemas").path(schemaName);
        assertTrue(schema.isObject(), "schema " + schemaName + " is not in the contract");
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
        }
        assertEquals(properties, components, type.getSimpleName() + " differs from the contract's " + schemaName);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertTrue(components.containsAll(required), type.getSimpleName() + " lacks required fields of " + schemaName);
        for (RecordComponent component : type.getRecordComponents()) {
            nested(schema.path("properties").path(component.getName()), component.getGenericType());
        }
    }

    @SuppressWarnings("unchecked")
    private void nested(JsonNode property, Type javaType) {
        property = nonNull(property);
        JsonNode ref = property.has("items") ? property.path("items").path("$ref") : property.path("$ref");
        Class<?> element = javaType instanceof ParameterizedType p ? (Class<?>) p.getActualTypeArguments()[0]
                : javaType instanceof Class<?> c ? c : null;
        if (element != null && element.isRecord()) {
            assertNotNull(ref.textValue(), "a nested object without a schema: " + element.getSimpleName());
            matches(ref.asText().substring(SCHEMA_REF.length()), (Class<? extends Record>) element);
        }
    }

    /**
     * A message this service builds is one the other service accepts: every constraint of the
     * schema (required, lengths, counts, patterns, enums, minimums), nested schemas included.
     */
    public void assertAccepts(String schemaName, JsonNode message) {
        List<String> violations = new ArrayList<>();
        check(schema(schemaName), message, schemaName, violations);
        assertTrue(violations.isEmpty(), "the receiver would refuse this " + schemaName + ": " + violations);
    }

    /** The {@code maxItems} of an array property. */
    public int maxItems(String schemaName, String property) {
        JsonNode node = schema(schemaName).path("properties").path(property).path("maxItems");
        assertTrue(node.isInt(), schemaName + "." + property + " has no maxItems");
        return node.asInt();
    }

    private JsonNode schema(String name) {
        JsonNode schema = contract.path("components").path("schemas").path(name);
        assertTrue(schema.isObject(), "schema " + name + " is not in the contract");
        return schema;
    }

    /** A nullable property ({@code anyOf: [{$ref}, {type: "null"}]}) as the schema of its value when there is one. */
    private static JsonNode nonNull(JsonNode property) {
        for (JsonNode alternative : property.path("anyOf")) {
            if (!"null".equals(alternative.path("type").asText())) {
                return alternative;
            }
        }
        return property;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> violations) {
        schema = nonNull(schema);
        if (schema.has("$ref")) {
            check(schema(schema.get("$ref").asText().substring(SCHEMA_REF.length())), value, path, violations);
        }
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (schema.has("enum")) {
            Set<String> allowed = new HashSet<>();
            schema.get("enum").forEach(e -> allowed.add(e.asText()));
            expect(allowed.contains(value.asText()), path + " is not one of " + allowed, violations);
        }
        if (value.isTextual()) {
            String text = value.asText();
            expect(!schema.has("maxLength") || text.codePointCount(0, text.length()) <= schema.get("maxLength").asInt(),
                    path + " is longer than " + schema.path("maxLength"), violations);
            expect(!schema.has("pattern") || Pattern.compile(schema.get("pattern").asText()).matcher(text).find(),
                    path + " does not match " + schema.path("pattern"), violations);
        }
        if (value.isNumber()) {
            expect(!schema.has("minimum") || value.decimalValue().compareTo(schema.get("minimum").decimalValue()) >= 0,
                    path + " is below " + schema.path("minimum"), violations);
            expect(!schema.has("exclusiveMinimum")
                    || value.decimalValue().compareTo(schema.get("exclusiveMinimum").decimalValue()) > 0,
                    path + " is not above " + schema.path("exclusiveMinimum"), violations);
        }
        if (value.isArray()) {
            expect(!schema.has("maxItems") || value.size() <= schema.get("maxItems").asInt(),
                    path + " has more than " + schema.path("maxItems") + " items", violations);
            for (int i = 0; i < value.size(); i++) {
                check(schema.path("items"), value.get(i), path + "[" + i + "]", violations);
            }
        }
        if (value.isObject()) {
            schema.path("required").forEach(r -> expect(value.hasNonNull(r.asText()),
                    path + "." + r.asText() + " is required", violations));
            schema.path("properties").properties().forEach(p -> check(p.getValue(), value.get(p.getKey()),
                    path + "." + p.getKey(), violations));
        }
    }

    private static void expect(boolean holds, String violation, List<String> violations) {
        if (!holds) {
            violations.add(violation);
        }
    }

    /** The names of an enum schema's values. */
    public Set<String> enumValues(String schemaName) {
        Set<String> values = new TreeSet<>();
        contract.path("components").path("schemas").path(schemaName).path("enum")
                .forEach(v -> values.add(v.asText()));
        return values;
    }
}
