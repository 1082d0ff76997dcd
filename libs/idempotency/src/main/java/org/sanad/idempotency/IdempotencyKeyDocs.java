package org.sanad.idempotency;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents every operation that honours the Idempotency-Key header ({@link Idempotent}) the same
 * way: the optional header, {@value StoredAnswer#REPLAYED_HEADER} on its successes, and its
 * problems (400 malformed key, 409 first request in progress, 422 key used for another request). A
 * resource marks such an operation with {@code @Extension(name = IdempotencyKeyDocs.MARK, value = "true")}.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 50)
public class IdempotencyKeyDocs implements OASFilter {

    /** The mark a resource puts on an operation that honours the header; the contract does not keep it. */
    public static final String MARK = "x-sanad-idempotent";

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                Map<String, Object> extensions = operation.getExtensions();
                if (extensions != null && extensions.containsKey(MARK)) {
                    operation.removeExtension(MARK);
                    describe(operation);
                }
            }
        }
    }

    private static void describe(Operation operation) {
        operation.addParameter(OASFactory.createParameter().name(IdempotencyKey.HEADER).in(Parameter.In.HEADER)
                .required(false)
                .description("Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): the same key with the "
                        + "same request within the retention (24 h) answers the first answer again, with "
                        + StoredAnswer.REPLAYED_HEADER + ": true, and does nothing else. 1 to 255 printable ASCII "
                        + "characters, bare or as a quoted string; a random UUID is a good key.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).minLength(1)));
        APIResponses responses = operation.getResponses();
        // the scanner copies a method's extensions onto its responses too: the mark goes from there as well
        responses.removeExtension(MARK);
        responses.getAPIResponses().values().forEach(response -> response.removeExtension(MARK));
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeader(StoredAnswer.REPLAYED_HEADER, OASFactory.createHeader()
                        .description("true when this is the stored first answer to an earlier request with the same Idempotency-Key")
                        .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.BOOLEAN))));
            }
        });
        addOrExtend(responses, "400", "Malformed Idempotency-Key");
        addOrExtend(responses, "409", "The first request with this Idempotency-Key is still in progress");
        addOrExtend(responses, "422", "This Idempotency-Key was used for another request");
    }

    private static void addOrExtend(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null) {
            existing.setDescription(existing.getDescription() + "; or: " + description.substring(0, 1).toLowerCase()
                    + description.substring(1));
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
    }
}
