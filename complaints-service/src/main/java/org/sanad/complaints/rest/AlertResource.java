package org.sanad.complaints.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.complaints.api.RiskAlertView;
import org.sanad.complaints.risk.RiskAlerts;
import org.sanad.core.http.QueryParams;
import org.sanad.core.paging.Page;
import org.sanad.kernel.security.Roles;

@Path("/alerts")
@Tag(name = "Alerts", description = "Complaints that must not wait unseen: filed at risk, or left untriaged past their deadline")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    @Inject
    RiskAlerts alerts;

    @GET
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR })
    @Operation(summary = "The alerts for the officers on duty, newest first (keyset-paged)",
            description = "Roles: intake-officer, supervisor. Officers see the INTAKE and SUPERVISOR alerts of their "
                    + "own governorate; national officers every governorate's (or the one they name), NATIONAL ones too. "
                    + "Without acknowledged, the alerts no one acknowledged yet.")
    @APIResponse(responseCode = "200", description = "A page of alerts")
    @APIResponse(responseCode = "400", description = "Invalid filter or cursor")
    @APIResponse(responseCode = "403", description = "Governorate outside the officer's scope")
    public Page<RiskAlertView> list(
            @Parameter(description = "National officers: only this governorate's alerts; others: their own (the default)")
            @QueryParam("governorate") @Size(max = 16) String governorate,
            @Parameter(description = "true: the acknowledged alerts; false (the default): those waiting")
            @QueryParam("acknowledged") String acknowledged,
            @Parameter(description = "The `next` cursor of the previous page") @QueryParam("after") @Size(max = 200) String after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        Boolean onlyAcknowledged = QueryParams.bool(acknowledged, "acknowledged");
        return alerts.page(governorate, Boolean.TRUE.equals(onlyAcknowledged), after, limit);
    }

    @POST
    @Path("/{id}/acknowledgement")
    @RolesAllowed({ Roles.INTAKE_OFFICER, Roles.SUPERVISOR })
    @Operation(summary = "Acknowledge an alert: the calling officer has seen it and acts on it (audited)",
            description = "Roles: intake-officer, supervisor of the alert's governorate (NATIONAL alerts: national "
                    + "officers). Records who acknowledged it and when; once only.")
    @APIResponse(responseCode = "200", description = "The acknowledged alert")
    @APIResponse(responseCode = "403", description = "The alert is outside the officer's scope")
    @APIResponse(responseCode = "404", description = "No such alert")
    @APIResponse(responseCode = "409", description = "Already acknowledged")
    public RiskAlertView acknowledge(@PathParam("id") UUID id) {
        return alerts.acknowledge(id);
    }
}
