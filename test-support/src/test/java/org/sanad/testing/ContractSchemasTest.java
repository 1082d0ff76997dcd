package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ContractSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTRACT = """
            {"components": {"schemas": {
              "Filed": {"type": "object", "required": ["id", "complaint", "note"],
                "properties": {
                  "id": {"type": "string", "format": "uuid"},
                  "secret": {"type": "string"},
                  "note": {"type": ["string", "null"], "maxLength": 5},
                  "complaint": {"$ref": "#/components/schemas/Complaint"}},
                "examples": [{"id": "5b0f8e4c-2d7a-4c1e-9f3b-6a8d2e71c940", "note": null,
                  "complaint": {"status": "SUBMITTED", "platforms": ["FACEBOOK"], "paid": null}}]},
              "Complaint": {"type": "object", "required": ["status", "platforms", "paid"],
                "properties": {
                  "status": {"$ref": "#/components/schemas/Status"},
                  "platforms": {"type": "array", "items": {"type": "string"}},
                  "paid": {"anyOf": [{"$ref": "#/components/schemas/Money"}, {"type": "null"}]}}},
              "Money": {"type": "object", "required": ["amount"], "properties": {"amount": {"type": "number", "minimum": 0}},
                "examples": [{"amount": 12.5}]},
              "Status": {"type": "string", "enum": ["SUBMITTED", "ACCEPTED"]}
            }}}""";

    private static List<String> violations(String schema, String json) throws Exception {
        return ContractSchemas.of(JSON.readTree(CONTRACT)).violations(schema, JSON.readTree(json));
    }

    @Test
    void anAnswerWithEverythingRequiredConforms() throws Exception {
        assertEquals(List.of(), violations("Filed", """
                {"id": "x", "note": null, "complaint": {"status": "ACCEPTED", "platforms": [], "paid": {"amount": 3}}}"""));
    }

    @Test
    void aMissingRequiredPropertyANullWhereNoneIsAllowedAndAnUnlistedOneAreEachNamed() throws Exception {
        assertEquals(List.of("Filed.note is required but absent", "Filed.complaint.status is null, which the contract does not allow",
                "Filed.complaint.paid: {\"amount\":-1} matches none of "
                        + "[{\"$ref\":\"#/components/schemas/Money\"},{\"type\":\"null\"}]",
                "Filed.complaint.extra is not in the contract"),
                violations("Filed", """
                        {"id": "x", "complaint": {"status": null, "platforms": [], "paid": {"amount": -1}, "extra": 1}}"""));
    }

    @Test
    void typesEnumsAndLimitsAreChecked() throws Exception {
        assertEquals(List.of("Filed.id is integer, the contract says [string]", "Filed.note is longer than 5",
                "Filed.complaint.status: \"LOST\" is not one of [\"SUBMITTED\",\"ACCEPTED\"]",
                "Filed.complaint.platforms[0] is boolean, the contract says [string]"),
                violations("Filed", """
                        {"id": 7, "note": "toolong", "complaint": {"status": "LOST", "platforms": [true], "paid": null}}"""));
    }

    @Test
    void everySchemaNeedsAnExampleThatValidatesAgainstIt() throws Exception {
        JsonNode contract = JSON.readTree(CONTRACT);
        AssertionError missing = assertThrows(AssertionError.class, () -> ContractSchemas.of(contract).assertEveryExampleIsValid());
        assertTrue(missing.getMessage().contains("Complaint has no example, Status has no example"), missing.getMessage());

        ((ObjectNode) contract.at("/components/schemas/Complaint")).set("examples",
                JSON.readTree("[{\"status\": \"SUBMITTED\", \"platforms\": []}]"));
        ((ObjectNode) contract.at("/components/schemas/Status")).set("examples", JSON.readTree("[\"SUBMITTED\"]"));
        AssertionError invalid = assertThrows(AssertionError.class, () -> ContractSchemas.of(contract).assertEveryExampleIsValid());
        assertTrue(invalid.getMessage().contains("Complaint (example).paid is required but absent"), invalid.getMessage());

        ((ObjectNode) contract.at("/components/schemas/Complaint/examples/0")).putNull("paid");
        ContractSchemas.of(contract).assertEveryExampleIsValid();
    }
}
