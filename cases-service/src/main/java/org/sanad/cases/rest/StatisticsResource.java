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
import org.sanad.cases.api.CaseStatistics;
import org.sanad.cases.service.StatisticsService;
import org.sanad.core.http.DayRange;
import org.sanad.kernel.security.Roles;

@Path("/statistics/cases")
@Tag(name = "Statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Cases opened and arrests made, by month, governorate and status",
            description = "Roles: supervisor; counts cover the supervisor's governorate (national supervisors: all).")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "Invalid date range")
    public CaseStatistics counts(
            @Parameter(description = "First day, YYYY-MM-DD (UTC); default a year before `to`") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD (UTC); default tomorrow") @QueryParam("to") String to) {
        return statistics.compute(DayRange.of(from, to));
    }
}
