package org.sanad.referrals.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What a court is answered is always a submitted version, so always signed: the contract says so
 * with {@code SignedReferral}, the {@code Referral} schema with {@code signature} required, for
 * every {@code /court/} operation that answers a referral. The prosecutor's views keep
 * {@code Referral}, where a draft has no signature. Runs after the schemas have their final shape
 * and examples (PropertyPresence, SchemaExamples), so the copy has both.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = -2)
public class SignedReferralSchema implements OASFilter {

    static final String NAME = "SignedReferral";
    private static final String PREFIX = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey("Referral") || openAPI.getPaths() == null) {
            return;
        }
        Schema referral = openAPI.getComponents().getSchemas().get("Referral");
        List<String> required = new ArrayList<>(referral.getRequired());
        required.add("signature");
        openAPI.getComponents().addSchema(NAME, OASFactory.createSchema().type(referral.getType())
                .description("A referral version as a court is answered it: submitted, so signed "
                        + "(docs/referral-signatures.md)")
                .required(required).properties(new LinkedHashMap<>(referral.getProperties()))
                .examples(referral.getExamples()));
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/court/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getContent() == null) {
                        continue;
                    }
                    for (MediaType media : response.getContent().getMediaTypes().values()) {
                        if (media.getSchema() != null && (PREFIX + "Referral").equals(media.getSchema().getRef())) {
                            media.getSchema().setRef(PREFIX + NAME);
                        }
                    }
                }
            }
        }
    }
}
