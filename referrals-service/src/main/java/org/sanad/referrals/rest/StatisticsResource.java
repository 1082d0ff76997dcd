package org.sanad.referrals.rest;

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
import org.sanad.referrals.api.ReferralStatistics;
import org.sanad.referrals.service.StatisticsService;

@Path("/statistics/referrals")
@Tag(name = "Statistics", description = "Counts for supervisors and prosecutors")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @RolesAllowed({ Roles.SUPERVISOR, Roles.PROSECUTOR })
    @Operation(summary = "Referrals submitted, returned and decided, by month, governorate, court, status and verdict",
            description = "Roles: supervisor, prosecutor; counts cover the caller's governorate (national units: all).")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "400", description = "Invalid date range")
    public ReferralStatistics counts(
            @Parameter(description = "First day, YYYY-MM-DD (UTC); default a year before `to`") @QueryParam("from") String from,
            @Parameter(description = "Day after the last, YYYY-MM-DD (UTC); default tomorrow") @QueryParam("to") String to) {
        return statistics.compute(DayRange.of(from, to));
    }
}
