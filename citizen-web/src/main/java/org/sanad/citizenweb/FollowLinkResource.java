package org.sanad.citizenweb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The short address the messages to a victim link to ({@code <portal>/t}, complaints-service's
 * {@code notifications.tracking-url}: short, so that an SMS stays one segment). It leads to the
 * page for following a report, {@code /?follow}, whose address the app at once cleans to {@code /}.
 * The Location is relative, so it stays on whatever origin the person reached the portal by.
 */
@Path("/t")
public class FollowLinkResource {

    static final String FOLLOW_PAGE = "/?follow";

    @GET
    public Response follow() {
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, FOLLOW_PAGE).build();
    }
}
