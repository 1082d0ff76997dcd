package org.sanad.complaints.rest;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sanad.core.problem.Messages;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemResponses;
import org.sanad.core.problem.ProblemType;
import org.sanad.complaints.config.IntakeConfig;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Bounds the anonymous routes, which the whole internet can call: per source address and for
 * everyone together (token buckets, Bucket4j), so a script cannot bury real victims under
 * invented urgent complaints or guess tracking secrets. Over the limit: 429 problem with
 * {@code Retry-After}. This replica's own limits; the ingress limits per source in front of all
 * replicas (docs/security.md). Behind the ingress the source is the client's address it forwards,
 * believed only from trusted proxies ({@code quarkus.http.proxy.*}, docs/configuration.md). The
 * limits apply to the resource methods marked {@link AnonymousRoute}, whichever path reached them.
 */
@Singleton
public class AnonymousRateLimits {

    private record Limit(Cache<String, Bucket> perSource, Bucket global, int capacity, Duration period) {

        Bucket bucketOf(String source) {
            return perSource.get(source, s -> bucket(capacity, period));
        }
    }

    /** Per source, the evidence bytes it may still upload to anonymous complaints. */
    private record UploadBytes(Cache<String, Bucket> perSource, long capacity, Duration period) {

        /** A day's bytes, given back whole when the day is over (not a trickle a script could keep draining). */
        Bucket bucketOf(String source) {
            return perSource.get(source, s -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, period).build()).build());
        }
    }

    private record Limits(Limit filing, Limit tracking, UploadBytes uploadBytes) {
    }

    /** Resolved on first use: filters are created before runtime configuration is readable. */
    @Inject
    Instance<IntakeConfig> config;

    private volatile Limits limits;

    private Limits limits() {
        Limits current = limits;
        if (current == null) {
            synchronized (this) {
                if (limits == null) {
                    IntakeConfig.RateLimits rates = config.get().rateLimits();
                    limits = new Limits(
                            limit(rates.filingPerSource(), rates.filingPerSourcePeriod(), rates.filingGlobal(),
                                    rates.filingGlobalPeriod()),
                            limit(rates.trackingPerSource(), rates.trackingPerSourcePeriod(), rates.trackingGlobal(),
                                    rates.trackingGlobalPeriod()),
                            new UploadBytes(Caffeine.newBuilder().maximumSize(200_000)
                                    .expireAfterAccess(rates.uploadBytesPerSourcePeriod()).build(),
                                    rates.uploadBytesPerSource(), rates.uploadBytesPerSourcePeriod()));
                }
                current = limits;
            }
        }
        return current;
    }

    /** Goes by the resource method the router matched, however its path was spelled. */
    @ServerRequestFilter
    public Response limit(ContainerRequestContext request, ResourceInfo matched, HttpServerRequest http) {
        AnonymousRoute route = matched.getResourceMethod() == null ? null
                : matched.getResourceMethod().getAnnotation(AnonymousRoute.class);
        if (route == null) {
            return null;
        }
        Limit limit = switch (route.value()) {
            case FILING -> limits().filing();
            case TRACKING, EVIDENCE -> limits().tracking();
        };
        if (route.value() == AnonymousRoute.Use.EVIDENCE) {
            // the source's evidence bytes for the period are used up: not even the first byte is read
            Bucket bytes = limits().uploadBytes().bucketOf(source(http));
            if (bytes.getAvailableTokens() <= 0) {
                return tooMany(request, bytes.estimateAbilityToConsume(1).getNanosToWaitForRefill());
            }
        }
        ConsumptionProbe own = limit.bucketOf(source(http)).tryConsumeAndReturnRemaining(1);
        if (!own.isConsumed()) {
            return tooMany(request, own.getNanosToWaitForRefill());
        }
        ConsumptionProbe everyone = limit.global().tryConsumeAndReturnRemaining(1);
        return everyone.isConsumed() ? null : tooMany(request, everyone.getNanosToWaitForRefill());
    }

    /**
     * Takes from {@code http}'s source as many of its evidence bytes as one file may hold, at most:
     * the most its upload may store. What the upload does not use goes back
     * ({@link #returnUploadBytes}), so concurrent uploads from one source share its bytes, never
     * exceed them. None left (the filter let it through a moment before): 429.
     */
    public long reserveUploadBytes(HttpServerRequest http) {
        Bucket bytes = limits().uploadBytes().bucketOf(source(http));
        long reserved = bytes.tryConsumeAsMuchAsPossible(config.get().evidence().maxBytes());
        if (reserved <= 0) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "evidence.source-quota");
        }
        return reserved;
    }

    /** Gives back evidence bytes reserved and not stored. */
    public void returnUploadBytes(HttpServerRequest http, long unused) {
        if (unused > 0) {
            limits().uploadBytes().bucketOf(source(http)).addTokens(unused);
        }
    }

    /**
     * The client's address: the peer's, or what a trusted proxy forwarded for it, which need not be
     * an IP literal ({@code unknown}, a name): then as the proxy wrote it.
     */
    private static String source(HttpServerRequest http) {
        SocketAddress address = http.remoteAddress();
        if (address == null) {
            return "unknown";
        }
        return address.hostAddress() != null ? address.hostAddress() : String.valueOf(address.host());
    }

    private static Response tooMany(ContainerRequestContext request, long nanosToWait) {
        Locale locale = Messages.choose(request.getAcceptableLanguages());
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanosToWait) + 1);
        return Response.fromResponse(ProblemResponses.of(ProblemType.TOO_MANY_REQUESTS, locale, null,
                Messages.text(locale, ProblemType.TOO_MANY_REQUESTS.detailKey()), List.of()))
                .header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static Limit limit(int perSource, Duration perSourcePeriod, int global, Duration globalPeriod) {
        Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(200_000)
                .expireAfterAccess(perSourcePeriod).build();
        return new Limit(buckets, bucket(global, globalPeriod), perSource, perSourcePeriod);
    }

    private static Bucket bucket(long capacity, Duration period) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
    }
}
