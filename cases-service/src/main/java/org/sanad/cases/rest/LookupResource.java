package org.sanad.cases.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.http.QueryParams;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.kernel.security.Roles;
import org.sanad.cases.api.IdentifierLookup;
import org.sanad.cases.service.LookupService;

@Path("/identifiers")
@Tag(name = "Suspects and correlation")
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {

    @Inject
    LookupService lookups;

    @GET
    @RolesAllowed({ Roles.INVESTIGATOR, Roles.SUPERVISOR })
    @Operation(summary = "Which cases and how many complaints involve an identifier (written in any form)",
            description = "Roles: investigator, supervisor. Counts cover every governorate; case numbers only the "
                    + "caller's. Audited.")
    @APIResponse(responseCode = "200", description = "The cases and counts")
    @APIResponse(responseCode = "400", description = "Missing type or a value that is not an identifier of it")
    public IdentifierLookup lookup(@Parameter(description = "PHONE, ACCOUNT_HANDLE, PROFILE_URL, EMAIL, PAYMENT_WALLET, IP_ADDRESS")
            @QueryParam("type") String type, @QueryParam("value") String value) {
        return lookups.lookup(QueryParams.enumValue(IdentifierType.class, type, "type"), value);
    }
}
