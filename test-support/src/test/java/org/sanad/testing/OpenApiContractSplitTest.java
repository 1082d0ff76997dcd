package org.sanad.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiContractSplitTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PUBLIC_ROLES = Set.of("citizen");

    private static final String FILE = """
            "/complaints": {"post": {"security": [{"bearer": ["citizen"]}],
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewComplaint"}}}}}}""";
    private static final String TRACK = """
            "/tracking/{n}": {"get": {"security": [{"trackingSecret": []}]}}""";
    private static final String HAND_OFF = """
            "/case-updates": {"post": {"security": [{"bearer": ["service-client"]}],
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/CaseUpdate"}}}}}}""";
    private static final String NEW_COMPLAINT = "\"NewComplaint\": {\"type\": \"object\"}";
    private static final String CASE_UPDATE = "\"CaseUpdate\": {\"type\": \"object\"}";

    private static JsonNode document(String title, String paths, String schemas) throws Exception {
        return JSON.readTree("{\"info\": {\"title\": \"" + title + "\"}, \"paths\": {" + paths
                + "}, \"components\": {\"schemas\": {" + schemas + "}}}");
    }

    private static JsonNode whole() throws Exception {
        return document("svc", FILE + "," + TRACK + "," + HAND_OFF, NEW_COMPLAINT + "," + CASE_UPDATE);
    }

    @Test
    void aSplitByRolesWithTheComponentsEachPartUsesPasses() throws Exception {
        OpenApiContract.assertSplit(whole(), document("svc public", FILE + "," + TRACK, NEW_COMPLAINT),
                document("svc internal", HAND_OFF, CASE_UPDATE), PUBLIC_ROLES);
    }

    @Test
    void aHandOffInThePublicDocumentFails() throws Exception {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertSplit(whole(),
                document("svc public", FILE + "," + TRACK + "," + HAND_OFF, NEW_COMPLAINT + "," + CASE_UPDATE),
                document("svc internal", "", ""), PUBLIC_ROLES));
        assertTrue(failure.getMessage().contains("POST /case-updates is public but admits only"), failure.getMessage());
    }

    @Test
    void anOperationInBothOrNeitherFails() throws Exception {
        AssertionFailedError both = assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertSplit(whole(),
                document("svc public", FILE + "," + TRACK, NEW_COMPLAINT),
                document("svc internal", HAND_OFF + "," + TRACK, CASE_UPDATE), PUBLIC_ROLES));
        assertTrue(both.getMessage().contains("GET /tracking/{n} is in 2"), both.getMessage());
        AssertionFailedError neither = assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertSplit(whole(),
                document("svc public", FILE, NEW_COMPLAINT), document("svc internal", HAND_OFF, CASE_UPDATE), PUBLIC_ROLES));
        assertTrue(neither.getMessage().contains("GET /tracking/{n} is in 0"), neither.getMessage());
    }

    @Test
    void aCitizensOperationInTheInternalDocumentFailsUnlessItSaysSo() throws Exception {
        AssertionFailedError failure = assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertSplit(whole(),
                document("svc public", TRACK, ""), document("svc internal", FILE + "," + HAND_OFF,
                        NEW_COMPLAINT + "," + CASE_UPDATE), PUBLIC_ROLES));
        assertTrue(failure.getMessage().contains("POST /complaints is internal but admits"), failure.getMessage());
        String declared = FILE.replace("\"security\"", "\"x-audience\": \"internal\", \"security\"");
        OpenApiContract.assertSplit(document("svc", declared + "," + TRACK + "," + HAND_OFF, NEW_COMPLAINT + "," + CASE_UPDATE),
                document("svc public", TRACK, ""),
                document("svc internal", declared + "," + HAND_OFF, NEW_COMPLAINT + "," + CASE_UPDATE), PUBLIC_ROLES);
    }

    @Test
    void aComponentNoOperationOfThePartUsesFailsAndSoDoesAMissingOne() throws Exception {
        AssertionFailedError unused = assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertSplit(whole(),
                document("svc public", FILE + "," + TRACK, NEW_COMPLAINT + "," + CASE_UPDATE),
                document("svc internal", HAND_OFF, CASE_UPDATE), PUBLIC_ROLES));
        assertTrue(unused.getMessage().contains("'svc public' keeps schemas/CaseUpdate"), unused.getMessage());
        AssertionFailedError missing = assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertSplit(whole(),
                document("svc public", FILE + "," + TRACK, ""), document("svc internal", HAND_OFF, CASE_UPDATE), PUBLIC_ROLES));
        assertTrue(missing.getMessage().contains("'svc public' refers to schemas/NewComplaint, which it lacks"), missing.getMessage());
    }
}
