package org.sanad.idempotency;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.sanad.core.identity.Caller;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Test fixture: resources that honour the Idempotency-Key as a service's do. An order is a row; a
 * note {@code slow} keeps the request in progress a moment, {@code refused} is refused after the
 * key was taken, and an anonymous order answers a secret made for it, as anonymous filing does.
 */
@Path("/fixture-orders")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class FixtureOrderResource {

    public record NewOrder(@NotBlank String note) {
    }

    public record Order(UUID id, String owner, String note, String secret) {
    }

    @Inject
    Caller caller;

    @POST
    @RolesAllowed("citizen")
    @Idempotent(Idempotent.Scope.SUBJECT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    public RestResponse<Order> order(@NotNull @Valid NewOrder order) throws InterruptedException {
        Order placed = place(caller.subject(), order.note(), null);
        return ResponseBuilder.<Order> created(URI.create("/fixture-orders/" + placed.id())).entity(placed)
                .tag(new EntityTag("0")).build();
    }

    @POST
    @Path("/anonymous")
    @PermitAll
    @Idempotent(Idempotent.Scope.ROUTE)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    public RestResponse<Order> anonymousOrder(@NotNull @Valid NewOrder order) throws InterruptedException {
        Order placed = place("anonymous", order.note(), UUID.randomUUID().toString());
        return ResponseBuilder.<Order> created(URI.create("/fixture-orders/" + placed.id())).entity(placed).build();
    }

    @POST
    @Path("/court")
    @RolesAllowed("court-system")
    @Idempotent(Idempotent.Scope.CLIENT)
    @Extension(name = IdempotencyKeyDocs.MARK, value = "true")
    public Order courtOrder(@NotNull @Valid NewOrder order) throws InterruptedException {
        return place(caller.clientId().orElseThrow(), order.note(), null);
    }

    private Order place(String owner, String note, String secret) throws InterruptedException {
        if (note.equals("slow")) {
            Thread.sleep(1500);
        }
        if (note.equals("refused")) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, ProblemType.ILLEGAL_TRANSITION.detailKey());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            FixtureOrder order = new FixtureOrder();
            order.id = UUID.randomUUID();
            order.owner = owner;
            order.note = note;
            order.persist();
            return new Order(order.id, owner, note, secret);
        });
    }
}
