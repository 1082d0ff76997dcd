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

/** The prosecutor's printable copy of a version. */
@Path("/referrals/{id}/versions/{number}/pdf")
@Tag(name = "Referrals", description = "Prosecutors refer cases to court")
public class ReferralDocumentResource {

    @Inject
    ReferralDocuments documents;

    @GET
    @RolesAllowed(Roles.PROSECUTOR)
    @Produces(Pdf.MEDIA_TYPE)
    @Operation(summary = "One version of a referral as a printable Arabic PDF",
            description = "Roles: prosecutor of its governorate. The version as GET /referrals/{id}/versions/{number} "
                    + "answers it; a submitted version with its signing key's id and the SHA-256 of the signed content and "
                    + "of the JWS, a draft marked as unsigned. Audited as a read.")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = Pdf.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Outside the prosecutor's governorate")
    @APIResponse(responseCode = "404", description = "No such referral or version")
    public Response pdf(@PathParam("id") UUID id, @PathParam("number") @Positive int number) {
        return Pdf.inline(documents.forProsecutor(id, number));
    }
}
