package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanad.core.hashing.Sha256;
import org.sanad.testing.Management;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;

/** What every profile's reference data must hold, whatever the jurisdiction. */
final class ReferenceDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceDocuments() {
    }

    /** The document as a caller without a token reads it, checked for a strong ETag of its own bytes. */
    static JsonNode read() throws IOException {
        Response response = given().when().get("/reference-data");
        response.then().statusCode(200).contentType("application/json");
        byte[] body = response.asByteArray();
        assertEquals("\"" + Sha256.of(body) + "\"", response.header("ETag"), "the ETag is the SHA-256 of the body");
        return JSON.readTree(body);
    }

    /** The enums of the served contract (the committed one: OpenApiContractTest), by schema name. */
    static Map<String, List<String>> contractEnums() throws IOException {
        JsonNode contract = JSON.readTree(Management.request().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().asByteArray());
        Map<String, List<String>> enums = new TreeMap<>();
        contract.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getValue().has("enum")) {
                List<String> values = new ArrayList<>();
                schema.getValue().path("enum").forEach(value -> values.add(value.asText()));
                enums.put(schema.getKey(), values);
            }
        });
        assertFalse(enums.isEmpty(), "the contract has enums");
        return enums;
    }

    /** Each enum of the contract in the document, its values in order, each labelled in exactly {@code languages}. */
    static void assertEveryContractEnumIsLabelled(JsonNode document, List<String> languages) throws IOException {
        Map<String, List<String>> contract = contractEnums();
        Map<String, List<String>> served = new TreeMap<>();
        List<String> gaps = new ArrayList<>();
        document.path("enums").fields().forEachRemaining(entry -> {
            List<String> values = new ArrayList<>();
            for (JsonNode value : entry.getValue()) {
                values.add(value.path("value").asText());
                Map<String, String> labels = texts(value.path("labels"));
                if (!List.copyOf(labels.keySet()).equals(languages) || labels.containsValue("")) {
                    gaps.add(entry.getKey() + "." + value.path("value").asText() + " is labelled in " + labels.keySet());
                }
            }
            served.put(entry.getKey(), values);
        });
        assertEquals(contract, served, "the document's enums are the contract's");
        assertEquals(List.of(), gaps, "every value is labelled in " + languages);
    }

    /** An object of texts by language code, in the document's order. */
    static Map<String, String> texts(JsonNode byLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.fields().forEachRemaining(text -> texts.put(text.getKey(), text.getValue().asText().strip()));
        return texts;
    }

    static List<String> languageCodes(JsonNode document) {
        List<String> codes = new ArrayList<>();
        document.path("languages").forEach(language -> codes.add(language.path("code").asText()));
        return codes;
    }
}
