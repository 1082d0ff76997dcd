package org.sanad.complaints.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.NotificationChoice;
import org.sanad.complaints.api.NotificationChoiceView;
import org.sanad.complaints.notify.NotificationChoices;

/** The citizen's choice of how the victim is told of their complaint: read, changed, stopped. */
@Path("/complaints/{id}/notification-choice")
@Tag(name = "Notifications", description = "How the victim is told of their complaint, and what was sent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationChoiceResource {

    static final String CHOICE = "Nothing but the tracking number and a link is ever written in a message. "
            + "The contact is encrypted at rest, shown to no officer and erased when the complaint closes.";

    @Inject
    NotificationChoices choices;

    @GET
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "How the victim is told of the complaint (audited)",
            description = "Roles: citizen (own complaints). Never the phone itself: its last two digits.")
    @APIResponse(responseCode = "200", description = "The choice as it stands; channel NONE when none was made")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    public NotificationChoiceView choice(@PathParam("id") UUID id) {
        return choices.choice(id);
    }

    @PUT
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Choose or change how the victim is told of the complaint (audited)",
            description = "Roles: citizen (own complaints). SMS without a phone texts the victim's contact phone. "
                    + CHOICE)
    @APIResponse(responseCode = "200", description = "The choice as it now stands")
    @APIResponse(responseCode = "400", description = "Invalid phone, language or push subscription, or none for the channel")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    @APIResponse(responseCode = "409", description = "The complaint is closed: nothing more is sent")
    public NotificationChoiceView choose(@PathParam("id") UUID id, @NotNull @Valid NotificationChoice choice) {
        return choices.choose(id, choice);
    }

    @DELETE
    @RolesAllowed(Roles.CITIZEN)
    @Operation(summary = "Stop the messages: the contact is erased at once (audited)",
            description = "Roles: citizen (own complaints). Messages already queued are not sent.")
    @APIResponse(responseCode = "204", description = "Stopped; nothing more is sent")
    @APIResponse(responseCode = "404", description = "No such complaint (or not the citizen's)")
    public void stop(@PathParam("id") UUID id) {
        choices.stop(id);
    }

}
