package org.sanad.referrals.rest;


import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.Statute;
import org.sanad.referrals.rules.Catalogue;

@Path("/")
@Tag(name = "Catalogue", description = "Courts and statutes (configuration data)")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    @Inject
    Catalogue catalogue;

    @GET
    @Path("courts")
    @RolesAllowed({ Roles.PROSECUTOR, Roles.COURT_SYSTEM })
    @Operation(summary = "The courts referrals may be addressed to", description = "Roles: prosecutor, court-system.")
    @APIResponse(responseCode = "200", description = "All courts of the catalogue")
    public Page<Court> courts() {
        return Page.whole(catalogue.courts());
    }

    @GET
    @Path("statutes")
    @RolesAllowed({ Roles.PROSECUTOR, Roles.COURT_SYSTEM })
    @Operation(summary = "The statute articles charges may cite, with their source", description = "Roles: prosecutor, court-system.")
    @APIResponse(responseCode = "200", description = "All statutes of the catalogue")
    public Page<Statute> statutes() {
        return Page.whole(catalogue.statutes());
    }
}
