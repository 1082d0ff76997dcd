package org.sanad.complaints.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.NotificationView;
import org.sanad.complaints.notify.NotificationChoices;

/** The messages sent to the victim of a complaint and what became of them: never the contact or the text. */
@Path("/complaints/{id}/notifications")
@Tag(name = "Notifications", description = "How the victim is told of their complaint, and what was sent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationChoices choices;

    @GET
    @RolesAllowed({ Roles.CITIZEN, Roles.INTAKE_OFFICER, Roles.SUPERVISOR })
    @Operation(summary = "The messages sent to the victim and what became of them (audited)",
            description = "Roles: citizen (own complaints), intake-officer, supervisor (complaints of their governorate). "
                    + "Events and status only, oldest first: never the contact or the text.")
    @APIResponse(responseCode = "200", description = "The messages, oldest first")
    @APIResponse(responseCode = "403", description = "Outside the officer's governorate")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    public Page<NotificationView> notifications(@PathParam("id") UUID id) {
        return Page.whole(choices.notifications(id));
    }

}
