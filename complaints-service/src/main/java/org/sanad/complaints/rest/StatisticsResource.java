package org.sanad.complaints.rest;

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
import org.sanad.core.http.DayRange;
import org.sanad.kernel.security.Roles;
import org.sanad.complaints.api.ComplaintStatistics;
import org.sanad.complaints.service.StatisticsService;

@Path("/statistics/complaints")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Complaint counts by governorate, platform, threat type and month, and the time to triage",
            description = "Roles: supervisor; counts cover the supervisor's governorate (national supervisors: all). "
                    + "The time to triage is that of the complaints submitted in the range: from submission to the "
                    + "first triage decision.")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "Invalid date range")
    public ComplaintStatistics counts(
            @Parameter(description = "First day, YYYY-MM-DD (UTC); default a year before `to`") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD (UTC); default tomorrow") @QueryParam("to") String to) {
        return statistics.compute(DayRange.of(from, to));
    }
}
