package org.sanad.core.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.sanad.core.problem.Messages;
import org.sanad.core.problem.Problem;
import org.sanad.core.problem.ProblemType;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents every error response of every operation as an RFC 9457 problem, so resources only
 * name the error statuses they can answer and the contract still says what the body looks like,
 * and which problem types there are.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 40)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldViolation", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .properties(ordered(
                        "field", stringSchema("Path of the offending field in the request").examples(List.of("victim.contactPhone")),
                        "message", stringSchema("Translated explanation")
                                .examples(List.of("رقم الهاتف غير صالح")))));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details; title and detail follow Accept-Language (ar or en)")
                .properties(ordered(
                        "type", problemTypes(),
                        "title", stringSchema("Translated summary of the problem kind").examples(List.of("طلب غير صالح")),
                        "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                                .description("The HTTP status of the answer").minimum(BigDecimal.valueOf(400))
                                .maximum(BigDecimal.valueOf(599)).examples(List.of(400)),
                        "detail", stringSchema("Translated explanation of this occurrence")
                                .examples(List.of("بعض الحقول ناقصة أو غير صالحة؛ انظر errors.")),
                        "instance", stringSchema("Request path").examples(List.of("/complaints")),
                        "errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .description("The offending fields, for validation problems; absent otherwise")
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation")))));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
                    // no role decision asked for a token: the operation is public, and says so
                    operation.setSecurity(new ArrayList<>());
                }
                if (operation.getResponses() == null) {
                    continue;
                }
                operation.getResponses().getAPIResponses().forEach(this::describeAsProblem);
            }
        }
    }

    private void describeAsProblem(String status, APIResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error && (response.getContent() == null || response.getContent().getMediaTypes().isEmpty())) {
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
            response.setContent(content);
        }
    }

    /**
     * Every {@code urn:sanad:problem:*} type a service answers, from {@link ProblemType}, each with
     * its status and its English title and detail in {@code x-enum-descriptions}, beside the enum
     * (read by the tools that know the extension; a frontend shows its own text by the URN).
     */
    private static Schema problemTypes() {
        List<Object> types = new ArrayList<>();
        List<String> meanings = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            types.add(type.uri().toString());
            meanings.add(type.status() + " " + Messages.text(Locale.ENGLISH, type.titleKey()) + ": "
                    + Messages.text(Locale.ENGLISH, type.detailKey()));
        }
        return stringSchema("Stable URI of the problem kind: clients branch on it, never on title or detail. "
                + "A later version may add types; a client treats one it does not know by its status.")
                .enumeration(types).examples(List.of(ProblemType.VALIDATION.uri().toString()))
                .addExtension("x-enum-descriptions", meanings);
    }

    /** Properties in the order given: Map.of would reorder them differently in every JVM. */
    private static Map<String, Schema> ordered(Object... namesAndSchemas) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return properties;
    }

    private static Schema stringSchema(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }
}
