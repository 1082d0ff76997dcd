package org.sanad.core.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.sanad.core.http.EvidenceDownloads;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents every response that hands out evidence bytes ({@link EvidenceDownloads}) the same way:
 * the bytes as {@code application/octet-stream}, with their SHA-256 in {@code Repr-Digest} (RFC 9530)
 * and in {@code X-Content-SHA256}. A resource marks such a response with
 * {@code extensions = @Extension(name = EvidenceBytesResponses.MARK, value = "true")} and says only
 * what the bytes are.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 60)
public class EvidenceBytesResponses implements OASFilter {

    /** The mark a resource puts on a response that serves evidence bytes; the contract does not keep it. */
    public static final String MARK = "x-sanad-evidence-bytes";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    Map<String, Object> extensions = response.getExtensions();
                    if (extensions != null && extensions.containsKey(MARK)) {
                        response.removeExtension(MARK);
                        describeAsEvidenceBytes(response);
                    }
                }
            }
        }
    }

    private static void describeAsEvidenceBytes(APIResponse response) {
        // the scanner may have given the response a content already: dropped first, so the contract
        // lists the headers, then the content, as the services' resources used to declare them
        response.setContent(null);
        response.addHeader(EvidenceDownloads.REPR_DIGEST, OASFactory.createHeader()
                .description("sha-256=:<base64>: (RFC 9530)")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))));
        response.addHeader(EvidenceDownloads.SHA256_HEADER, OASFactory.createHeader()
                .description("SHA-256, lower-case hex")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).pattern("^[0-9a-f]{64}$")));
        response.setContent(OASFactory.createContent().addMediaType("application/octet-stream",
                OASFactory.createMediaType().schema(OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.STRING)).format("binary"))));
    }
}
