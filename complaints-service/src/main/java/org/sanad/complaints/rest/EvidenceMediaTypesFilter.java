package org.sanad.complaints.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.sanad.complaints.config.IntakeConfig;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * An evidence upload's body is the file itself, sent with its own media type, which must be on
 * intake's allow-list: the contract lists the default list ({@link IntakeConfig.EvidenceRules#DEFAULT_ALLOWED_CONTENT_TYPES})
 * in place of the resources' {@value #ANY}, so a generated client knows what it may send and the
 * list is written once.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 70)
public class EvidenceMediaTypesFilter implements OASFilter {

    /** The media type the upload operations declare, replaced here. */
    static final String ANY = "*/*";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                RequestBody body = operation.getRequestBody();
                if (body == null || body.getContent() == null || !body.getContent().hasMediaType(ANY)) {
                    continue;
                }
                MediaType file = body.getContent().getMediaType(ANY);
                Content listed = OASFactory.createContent();
                for (String type : IntakeConfig.EvidenceRules.DEFAULT_ALLOWED_CONTENT_TYPES.split(",")) {
                    listed.addMediaType(type, OASFactory.createMediaType().schema(file.getSchema()));
                }
                body.setContent(listed);
            }
        }
    }
}
