package org.sanad.complaints.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The tracking secret is the anonymous filer's credential: declared as an API-key security
 * scheme, required by every operation that takes it, so a generated client sends it as one.
 * sanad-core's ProblemResponsesFilter marks every other operation without a role requirement as public.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 80)
public class TrackingSecretFilter implements OASFilter {

    static final String SCHEME = "trackingSecret";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSecurityScheme(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(TrackingResource.SECRET_HEADER)
                .description("The secret handed out once when a complaint is filed anonymously"));
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (takesSecret(operation)) {
                    operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
                }
            }
        }
    }

    private static boolean takesSecret(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream().anyMatch(
                p -> p.getIn() == Parameter.In.HEADER && TrackingResource.SECRET_HEADER.equalsIgnoreCase(p.getName()));
    }
}
