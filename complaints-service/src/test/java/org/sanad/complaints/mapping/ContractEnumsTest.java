package org.sanad.complaints.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import org.sanad.complaints.api.TriageDecision;
import org.sanad.core.paging.Page;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The enums of a contract are found in what its operations read and write, and only there. */
class ContractEnumsTest {

    enum Colour { RED, GREEN }

    enum Feeling { CALM, AFRAID }

    enum Shape { ROUND }

    enum Hidden { SECRET }

    enum Unused { NEVER }

    enum Header { PLAIN }

    public record Painted(Set<Colour> colours, Map<String, List<Shape>> shapes, @JsonIgnore Hidden hidden) {
    }

    // no @Schema on the test's own types: the service's contract would list them
    public record Felt(Feeling feeling, TriageDecision decision) {
    }

    public static class Described {
        public Painted painted;
        public static Unused unused;
    }

    public static class Resource {

        @GET
        public Page<Described> list() {
            return null;
        }

        @POST
        public RestResponse<Void> feel(Felt felt, Header header) {
            return null;
        }

        @GET
        @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Felt.class)))
        public Response untyped() {
            return null;
        }

        public Unused notAnOperation() {
            return null;
        }
    }

    @Test
    void theEnumsOfEveryOperationAreFoundByTheirContractNames() {
        assertEquals(Map.of("Colour", Colour.class, "Header", Header.class, "Feeling", Feeling.class, "Shape", Shape.class,
                "TriageOutcome", TriageDecision.Outcome.class), ContractEnums.of(List.of(Resource.class)));
    }

    @Test
    void aSchemaNameWinsOverTheClassName() {
        assertEquals("TriageOutcome", ContractEnums.schemaName(TriageDecision.Outcome.class));
        assertEquals("Colour", ContractEnums.schemaName(Colour.class));
    }
}
