package org.sanad.officers;

import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;

/** The officers of a governorate, for a supervisor choosing who works on a record. */
@Path("/officers")
@Tag(name = "Officers")
@Produces(MediaType.APPLICATION_JSON)
public class OfficersResource {

    @Inject
    OfficerDirectory directory;

    @Schema(name = "Officer", description = "An officer as their own token last described them")
    public record OfficerView(@Schema(example = "officer-ahmed") String subject,
            @Schema(example = "أحمد كريم") String displayName,
            @Schema(description = "Null for an officer of no one governorate", example = "IQ-BG") @Nullable String governorate,
            @Schema(example = "[\"intake-officer\"]") List<String> roles,
            @Schema(description = "FEMALE, MALE or UNDISCLOSED when the identity provider sends it; null otherwise", example = "MALE") @Nullable String gender) {
    }

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Officers of the caller's governorate holding a role, by name. Roles: supervisor.",
            description = "Learned from the officers' own tokens when they use this service: an officer who never "
                    + "has does not appear yet. National supervisors name the governorate.")
    @APIResponse(responseCode = "200", description = "A page of officers")
    @APIResponse(responseCode = "400", description = "Unknown role or governorate, invalid cursor")
    public Page<OfficerView> list(@QueryParam("role") @DefaultValue(Roles.INVESTIGATOR) String role,
            @QueryParam("governorate") @Size(max = 16) String governorate,
            @QueryParam("after") @Size(max = 12) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return directory.page(role, governorate, after, limit);
    }
}
