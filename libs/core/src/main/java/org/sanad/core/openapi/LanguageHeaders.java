package org.sanad.core.openapi;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.sanad.core.problem.Problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Declares the languages of the suite in the contract: every operation takes {@code Accept-Language}
 * (problems are answered in Arabic or English by it, see {@code Messages.choose}), and every problem
 * answer carries the {@code Content-Language} it was written in. Runs after
 * {@link ProblemResponsesFilter}, which gives the error responses their problem body.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 5)
public class LanguageHeaders implements OASFilter {

    static final String ACCEPT_LANGUAGE = "AcceptLanguage";
    static final String CONTENT_LANGUAGE = "ContentLanguage";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addParameter(ACCEPT_LANGUAGE, OASFactory.createParameter()
                .name(HttpHeaders.ACCEPT_LANGUAGE)
                .in(Parameter.In.HEADER)
                .description("ar or en: the language of problems' title, detail and field messages. "
                        + "Arabic when the header prefers ar, English otherwise (also when it is absent or unreadable). "
                        + "Free text (narratives, notes) is returned as written, whatever the header.")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("ar"))));
        openAPI.getComponents().addHeader(CONTENT_LANGUAGE, OASFactory.createHeader()
                .description("The language the problem is written in: ar or en")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).enumeration(List.of("ar", "en"))));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>()
                        : new ArrayList<>(operation.getParameters());
                parameters.add(OASFactory.createParameter().ref(ACCEPT_LANGUAGE));
                operation.setParameters(parameters);
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(LanguageHeaders::declareContentLanguage);
                }
            }
        }
    }

    private static void declareContentLanguage(APIResponse response) {
        if (response.getContent() != null && response.getContent().hasMediaType(Problem.MEDIA_TYPE)) {
            response.addHeader(HttpHeaders.CONTENT_LANGUAGE, OASFactory.createHeader().ref(CONTENT_LANGUAGE));
        }
    }
}
