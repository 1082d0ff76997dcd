package org.sanad.referrals.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.kernel.security.Roles;
import org.sanad.referrals.service.ReferralDocuments;

/** The court's printable copy of a version it was sent (its own class: a path of its own under /court). */
@Path("/court/referrals/{id}/versions/{number}/pdf")
@Tag(name = "Court integration", description = "Court systems pull their referrals and reply")
public class CourtDocumentResource {

    @Inject
    ReferralDocuments documents;

    @GET
    @RolesAllowed(Roles.COURT_SYSTEM)
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(summary = "A version submitted to the caller's court, as a printable Arabic PDF",
            description = "Roles: court-system (own court). The version as GET /court/referrals/{id}/versions/{number} "
                    + "answers it, laid out right to left, with the signing key's id and the SHA-256 of the signed content "
                    + "and of the JWS, so a judge can match the paper to the electronic record. Audited as a read.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = Pdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such referral or submitted version for this court")
    public Response pdf(@PathParam("id") UUID id, @PathParam("number") @Positive int number) {
        return Pdf.inline(documents.forCourt(id, number));
    }
}
