package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Checks JSON against the schemas of a contract: what the service really answers (every property
 * the schema requires is there, and not null unless the schema allows null; no property the schema
 * does not know), and the contract's own examples (each schema has one, and it is valid). It reads
 * the subset of JSON Schema the suite's contracts use: {@code $ref}, {@code type} (a list in OpenAPI
 * 3.1, {@code "null"} among them for a nullable value), {@code required}, {@code properties},
 * {@code items}, {@code additionalProperties}, {@code anyOf}, {@code enum}, {@code pattern},
 * {@code minLength}/{@code maxLength}, {@code minimum}/{@code maximum}, {@code minItems}/{@code maxItems}.
 */
public final class ContractSchemas {

    private static final String COMPONENT_PREFIX = "#/components/schemas/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode schemas;

    private ContractSchemas(JsonNode contract) {
        this.schemas = contract.path("components").path("schemas");
    }

    /** The contract the service under test serves. */
    public static ContractSchemas served() throws IOException {
        String served = Management.request().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        return new ContractSchemas(JSON.readTree(served));
    }

    /** The service's committed contract, {@link OpenApiContract#COMMITTED}. */
    public static ContractSchemas committed() throws IOException {
        return new ContractSchemas(new ObjectMapper(new YAMLFactory()).readTree(OpenApiContract.COMMITTED.toFile()));
    }

    public static ContractSchemas of(JsonNode contract) {
        return new ContractSchemas(contract);
    }

    /** Fails, naming every difference, unless {@code json} is a valid {@code schemaName}. */
    public void assertConforms(String schemaName, String json) throws IOException {
        assertEquals(List.of(), violations(schemaName, JSON.readTree(json)), schemaName + ": " + json);
    }

    /** Fails unless {@code jsonArray} is an array each of whose items is a valid {@code schemaName}. */
    public void assertEachConforms(String schemaName, String jsonArray) throws IOException {
        JsonNode array = JSON.readTree(jsonArray);
        List<String> found = new ArrayList<>();
        if (!array.isArray()) {
            found.add("not an array");
        }
        for (int i = 0; i < array.size(); i++) {
            for (String violation : violations(schemaName, array.get(i))) {
                found.add("[" + i + "] " + violation);
            }
        }
        assertEquals(List.of(), found, schemaName + "[]: " + jsonArray);
    }

    /** Where {@code value} departs from the component schema {@code schemaName}; empty when it conforms. */
    public List<String> violations(String schemaName, JsonNode value) {
        List<String> found = new ArrayList<>();
        if (!schemas.has(schemaName)) {
            found.add("the contract has no schema " + schemaName);
            return found;
        }
        check(schemas.get(schemaName), value, schemaName, found);
        return found;
    }

    /**
     * Every component schema has an example ({@code examples} or {@code example}), and every example
     * is valid against its own schema.
     */
    public void assertEveryExampleIsValid() {
        List<String> found = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> named = schemas.fields();
        while (named.hasNext()) {
            Map.Entry<String, JsonNode> schema = named.next();
            JsonNode example = exampleOf(schema.getValue());
            if (example == null) {
                found.add(schema.getKey() + " has no example");
            } else {
                check(schema.getValue(), example, schema.getKey() + " (example)", found);
            }
        }
        assertEquals(List.of(), found);
    }

    private static JsonNode exampleOf(JsonNode schema) {
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        return schema.has("example") ? schema.get("example") : null;
    }

    private void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(schemas.path(ref.substring(COMPONENT_PREFIX.length())), value, at, found);
            return;
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                List<String> attempt = new ArrayList<>();
                check(alternative, value, at, attempt);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            found.add(at + ": " + value + " matches none of " + schema.get("anyOf"));
            return;
        }
        Set<String> types = types(schema);
        if (value.isNull()) {
            if (!types.contains("null")) {
                found.add(at + " is null, which the contract does not allow");
            }
            return;
        }
        if (!types.isEmpty() && !types.contains(typeOf(value)) && !(types.contains("number") && value.isIntegralNumber())) {
            found.add(at + " is " + typeOf(value) + ", the contract says " + types);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isTextual()) {
            checkText(schema, value.asText(), at, found);
        } else if (value.isNumber()) {
            checkNumber(schema, value.decimalValue(), at, found);
        } else if (value.isArray()) {
            checkArray(schema, value, at, found);
        } else if (value.isObject()) {
            checkObject(schema, value, at, found);
        }
    }

    private static void checkText(JsonNode schema, String text, String at, List<String> found) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
            found.add(at + " is longer than " + schema.get("maxLength"));
        }
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
            found.add(at + " is shorter than " + schema.get("minLength"));
        }
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            found.add(at + ": \"" + text + "\" does not match " + schema.get("pattern").asText());
        }
    }

    private static void checkNumber(JsonNode schema, BigDecimal number, String at, List<String> found) {
        if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
            found.add(at + " is below " + schema.get("minimum"));
        }
        if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
            found.add(at + " is above " + schema.get("maximum"));
        }
    }

    private void checkArray(JsonNode schema, JsonNode array, String at, List<String> found) {
        if (schema.has("minItems") && array.size() < schema.get("minItems").asInt()) {
            found.add(at + " has fewer than " + schema.get("minItems") + " items");
        }
        if (schema.has("maxItems") && array.size() > schema.get("maxItems").asInt()) {
            found.add(at + " has more than " + schema.get("maxItems") + " items");
        }
        if (schema.has("items")) {
            for (int i = 0; i < array.size(); i++) {
                check(schema.get("items"), array.get(i), at + "[" + i + "]", found);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode object, String at, List<String> found) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!object.has(required.asText())) {
                found.add(at + "." + required.asText() + " is required but absent");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), at + "." + field.getKey(), found);
            } else if (schema.path("additionalProperties").isObject()) {
                check(schema.get("additionalProperties"), field.getValue(), at + "." + field.getKey(), found);
            } else if (!properties.isMissingNode()) {
                found.add(at + "." + field.getKey() + " is not in the contract");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        if (schema.path("nullable").asBoolean(false)) {
            types.add("null");
        }
        return types;
    }

    private static String typeOf(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "null";
    }
}
