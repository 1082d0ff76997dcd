package org.sanad.referrals.handoff;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.time.Timestamps;
import org.sanad.handoff.DeliveryChannel;
import org.sanad.handoff.DeliveryOutcome;
import org.sanad.handoff.OutboxEvent;
import org.sanad.referrals.config.ReferralsConfig;
import org.sanad.referrals.domain.CourtWebhook;
import org.sanad.referrals.rules.WebhookSignatures;
import org.sanad.referrals.service.CourtWebhooks;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Posts a court's notifications (outbox destination {@value CourtNotification#DESTINATION}) to the
 * endpoint its system registered, signed as the Standard Webhooks specification says: the event's
 * id as {@code webhook-id} (the same on every attempt, so the receiver drops a repeat), the
 * attempt's time as {@code webhook-timestamp}, and {@code webhook-signature} (two signatures,
 * space-separated, for a while after a rotation). The endpoint and its
 * secret are read in a transaction of their own that has ended before the call goes out; the
 * address is checked again first (a name may point elsewhere since it was registered); redirects
 * are not followed. The answer is classified as a hand-off's, so the relay retries, backs off and
 * parks dead events alike.
 */
@ApplicationScoped
public class CourtWebhookSender implements DeliveryChannel {

    /** Where to post, and the secrets that sign: the current one, and the one before it while it still signs. */
    private record Endpoint(String url, List<String> secrets) {
    }

    @Inject
    ReferralsConfig config;

    @Inject
    CourtWebhooks webhooks;

    private volatile HttpClient client;

    @Override
    public boolean delivers(String destination) {
        return CourtNotification.DESTINATION.equals(destination);
    }

    @Override
    public DeliveryOutcome send(OutboxEvent event) {
        Endpoint endpoint = QuarkusTransaction.requiringNew().call(() -> CourtWebhook
                .<CourtWebhook> findByIdOptional(event.aggregateId).map(CourtWebhookSender::endpoint).orElse(null));
        if (endpoint == null) {
            Log.infof("Court notification %s dropped: court %s has removed its webhook", event.id, event.aggregateId);
            return new DeliveryOutcome.Delivered();
        }
        Optional<String> refusal = webhooks.checkUrl(endpoint.url());
        if (refusal.isPresent()) {
            return new DeliveryOutcome.Retry(null, "The endpoint's address is not allowed now (" + refusal.get() + ")", null);
        }
        Instant now = Timestamps.now();
        String id = event.id.toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url()))
                .timeout(config.courtWebhooks().readTimeout())
                .header("Content-Type", "application/json")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(now.getEpochSecond()))
                .header("webhook-signature", endpoint.secrets().stream()
                        .map(secret -> WebhookSignatures.sign(secret, id, now.getEpochSecond(), event.payload))
                        .collect(Collectors.joining(" ")))
                .POST(HttpRequest.BodyPublishers.ofString(event.payload))
                .build();
        try {
            HttpResponse<String> answer = client().send(request, HttpResponse.BodyHandlers.ofString());
            return DeliveryOutcome.ofAnswer(answer.statusCode(), answer.headers().firstValue("Retry-After").orElse(null),
                    answer.body(), Timestamps.now());
        } catch (IOException e) {
            return DeliveryOutcome.unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.unreachable(e);
        }
    }

    private static Endpoint endpoint(CourtWebhook webhook) {
        boolean previousSigns = webhook.previousSecret != null && webhook.previousUntil != null
                && Timestamps.now().isBefore(webhook.previousUntil);
        return new Endpoint(webhook.url, previousSigns ? List.of(webhook.secret, webhook.previousSecret)
                : List.of(webhook.secret));
    }

    private HttpClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(config.courtWebhooks().connectTimeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
            }
        }
        return client;
    }
}
