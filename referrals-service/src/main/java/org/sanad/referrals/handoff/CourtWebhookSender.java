package org.sanad.referrals.handoff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** How much of a court's answer is kept, for the operators: the relay clips what it records anyway. */
    static final int ANSWER_KEPT = 2048;

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
        // the whole exchange is bounded, not only the wait for the headers (HttpRequest.timeout): an endpoint
        // that trickles or streams its body must not hold the relay, and with it every other hand-off
        Duration bound = config.courtWebhooks().connectTimeout().plus(config.courtWebhooks().readTimeout());
        CompletableFuture<HttpResponse<String>> exchange = client().sendAsync(request, info -> firstBytes(ANSWER_KEPT));
        try {
            HttpResponse<String> answer = exchange.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            return DeliveryOutcome.ofAnswer(answer.statusCode(), answer.headers().firstValue("Retry-After").orElse(null),
                    answer.body(), Timestamps.now());
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return DeliveryOutcome.unreachable(new IOException("no whole answer within " + bound.toSeconds() + " s"));
        } catch (ExecutionException e) {
            return DeliveryOutcome.unreachable(e.getCause() instanceof Exception cause ? cause : e);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return DeliveryOutcome.unreachable(e);
        }
    }

    /**
     * The first {@code limit} bytes of an answer's body, then the rest is refused (the subscription
     * cancelled): a court's answer is read for its status, and a little of its text for the operators.
     */
    static HttpResponse.BodySubscriber<String> firstBytes(int limit) {
        return new HttpResponse.BodySubscriber<>() {
            private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
            private final CompletableFuture<String> body = new CompletableFuture<>();
            private Flow.Subscription subscription;

            @Override
            public CompletionStage<String> getBody() {
                return body;
            }

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                this.subscription = subscription;
                subscription.request(1);
            }

            @Override
            public void onNext(List<ByteBuffer> buffers) {
                for (ByteBuffer buffer : buffers) {
                    byte[] bytes = new byte[Math.min(buffer.remaining(), limit - kept.size())];
                    buffer.get(bytes);
                    kept.writeBytes(bytes);
                }
                if (kept.size() >= limit) {
                    subscription.cancel();
                    onComplete();
                } else {
                    subscription.request(1);
                }
            }

            @Override
            public void onError(Throwable failure) {
                body.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                body.complete(kept.toString(StandardCharsets.UTF_8));
            }
        };
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
