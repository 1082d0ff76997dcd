package org.sanad.handoff;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.sanad.core.identity.ServiceTokens;
import org.sanad.core.time.Timestamps;


/**
 * The one client every hand-off travels through: posts the stored JSON to the destination's
 * path, as this service (OIDC client credentials), and classifies the answer. Runs outside any
 * database transaction.
 */
@ApplicationScoped
public class HandOffSender {

    @Inject
    OutboxConfig config;

    @Inject
    ServiceTokens tokens;

    private final Map<String, Client> clients = new ConcurrentHashMap<>();

    public DeliveryOutcome send(OutboxEvent event) {
        OutboxConfig.Destination destination = config.destinations().get(event.destination);
        if (destination == null) {
            return new DeliveryOutcome.Retry(null, "No URL configured for outbox.destinations." + event.destination,
                    null);
        }
        try (Response answer = client(event.destination, destination).target(destination.url()).path(event.path)
                .request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.AUTHORIZATION, tokens.bearer())
                .post(Entity.entity(event.payload.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON_TYPE))) {
            if (answer.getStatus() == 401) {
                tokens.refused();
            }
            String body = answer.hasEntity() ? answer.readEntity(String.class) : null;
            return DeliveryOutcome.ofAnswer(answer.getStatus(), answer.getHeaderString(HttpHeaders.RETRY_AFTER), body,
                    Timestamps.now());
        } catch (RuntimeException unreachable) {
            return DeliveryOutcome.unreachable(unreachable);
        }
    }

    private Client client(String name, OutboxConfig.Destination destination) {
        return clients.computeIfAbsent(name, n -> ClientBuilder.newBuilder()
                .connectTimeout(destination.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(destination.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build());
    }

    @PreDestroy
    void close() {
        clients.values().forEach(Client::close);
    }
}
