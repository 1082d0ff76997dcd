package org.sanad.complaints.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.core.paging.Page;
import org.sanad.complaints.api.NotificationChoice;
import org.sanad.complaints.api.NotificationChoiceView;
import org.sanad.complaints.api.NotificationView;
import org.sanad.complaints.notify.NotificationChoices;

/**
 * The anonymous filer's choice of how to be told of their complaint, and the messages sent, with
 * the tracking number and secret like every other tracking operation (and their rate limits).
 */
@Path("/")
@Tag(name = "Notifications", description = "How the victim is told of their complaint, and what was sent")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrackingNotificationResource {


    @Inject
    NotificationChoices choices;

    @GET
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}/notification-choice")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "How the anonymous filer is told of the complaint",
            description = "Open to the holder of tracking number and secret. Never the phone itself: its last two digits.")
    @APIResponse(responseCode = "200", description = "The choice as it stands; channel NONE when none was made")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    public NotificationChoiceView anonymousChoice(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(TrackingResource.SECRET_HEADER) @Size(max = 64) String secret) {
        return choices.anonymousChoice(trackingNumber, secret);
    }

    @PUT
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}/notification-choice")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "Choose or change how the anonymous filer is told of the complaint",
            description = "Open to the holder of tracking number and secret. What it costs in anonymity: a phone number "
                    + "ties the report to a person (the mobile operator knows whose number it is), a push subscription "
                    + "to a browser. " + NotificationChoiceResource.CHOICE)
    @APIResponse(responseCode = "200", description = "The choice as it now stands")
    @APIResponse(responseCode = "400", description = "Invalid phone, language or push subscription, or none for the channel")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    @APIResponse(responseCode = "409", description = "The complaint is closed: nothing more is sent")
    public NotificationChoiceView anonymousChoose(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(TrackingResource.SECRET_HEADER) @Size(max = 64) String secret,
            @NotNull @Valid NotificationChoice choice) {
        return choices.anonymousChoose(trackingNumber, secret, choice);
    }

    @DELETE
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}/notification-choice")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "Stop the messages to the anonymous filer: the contact is erased at once",
            description = "Open to the holder of tracking number and secret. Messages already queued are not sent.")
    @APIResponse(responseCode = "204", description = "Stopped; nothing more is sent")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    public void anonymousStop(@PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(TrackingResource.SECRET_HEADER) @Size(max = 64) String secret) {
        choices.anonymousStop(trackingNumber, secret);
    }

    @GET
    @AnonymousRoute(AnonymousRoute.Use.TRACKING)
    @Path("tracking/{trackingNumber}/notifications")
    @PermitAll
    @APIResponse(responseCode = "429", description = "Too many requests from this source, or from everyone; see Retry-After")
    @Operation(summary = "The messages sent to the anonymous filer and what became of them",
            description = "Open to the holder of tracking number and secret. Events and status only, oldest first.")
    @APIResponse(responseCode = "200", description = "The messages, oldest first")
    @APIResponse(responseCode = "404", description = "Unknown tracking number or wrong secret")
    public Page<NotificationView> anonymousNotifications(
            @PathParam("trackingNumber") @Size(max = 32) String trackingNumber,
            @Parameter(required = true) @HeaderParam(TrackingResource.SECRET_HEADER) @Size(max = 64) String secret) {
        return Page.whole(choices.anonymousNotifications(trackingNumber, secret));
    }
}
