package org.sanad.core.identity;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens this replica has already verified, so that a caller's next requests with the same
 * token skip its signature and its JSON (a fifth of a request's CPU, README "Benchmarks"). The key
 * is the whole signed token, so only the very token OIDC accepted can find an entry, and with it
 * the identity OIDC built from it; a token OIDC refused is never kept. An entry lives until the
 * token's {@code exp} and at most {@code sanad.security.verified-tokens.max-age}; past its
 * {@code exp} a token goes back to OIDC, which refuses it. Tokens are verified locally against
 * the realm's keys either way, so a revoked session's token was already accepted until it
 * expired; the cache adds no acceptance OIDC would not give, except for a key withdrawn from the
 * realm, whose tokens it keeps accepting for at most the max age.
 *
 * <p>Ahead of OIDC's own provider (a higher priority); on a miss it asks that provider itself and
 * keeps what it answers, less the request the identity was built for.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Attributes that belong to the request an identity was built for, never kept. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    @Inject
    OidcIdentityProvider oidc;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "sanad.security.verified-tokens.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "sanad.security.verified-tokens.max-entries", defaultValue = "2000")
    long maxEntries;

    @ConfigProperty(name = "sanad.security.verified-tokens.max-age", defaultValue = "PT2M")
    Duration maxAge;

    private Cache<String, Verified> cache;

    /** What OIDC built from one token, without the request it was built for, and when it stops counting. */
    record Verified(SecurityIdentity identity, long expiresAtMillis) {
    }

    @PostConstruct
    void start() {
        cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfter(new UntilExpiry(maxAge)).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, cache, "sanad.verified.tokens");
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Ahead of OIDC's provider, which keeps the interface's default priority. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!enabled || !(request.getToken() instanceof AccessTokenCredential)) {
            return oidc.authenticate(request, context);
        }
        String token = request.getToken().getToken();
        Verified verified = cache.getIfPresent(token);
        if (verified != null) {
            if (System.currentTimeMillis() < verified.expiresAtMillis()) {
                return Uni.createFrom().item(forRequest(verified.identity(), request, context));
            }
            cache.invalidate(token);
        }
        return oidc.authenticate(request, context).invoke(identity -> keep(token, identity));
    }

    private void keep(String token, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long expiresAtMillis = jwt.getExpirationTime() * 1000;
        if (expiresAtMillis <= System.currentTimeMillis()) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        attributes.remove(REQUEST_CONTEXT);
        cache.put(token, new Verified(copyOf(identity).addAttributes(attributes).build(), expiresAtMillis));
    }

    private static SecurityIdentity forRequest(SecurityIdentity kept, TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return copyOf(kept).addAttributes(kept.getAttributes()).addAttribute(ROUTING_CONTEXT, routing)
                .addAttribute(REQUEST_CONTEXT, context).build();
    }

    /** The identity's principal, roles, credentials and permissions; its attributes are the caller's to choose. */
    private static QuarkusSecurityIdentity.Builder copyOf(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder().setPrincipal(identity.getPrincipal()).addRoles(identity.getRoles())
                .addCredentials(identity.getCredentials()).addPermissions(identity.getPermissions());
    }

    /** An entry expires with its token, and at the latest {@code maxAge} after it was verified. */
    private record UntilExpiry(Duration maxAge) implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String token, Verified verified, long currentTime) {
            long untilExpiry = Duration.ofMillis(Math.max(0, verified.expiresAtMillis() - System.currentTimeMillis()))
                    .toNanos();
            return Math.min(untilExpiry, maxAge.toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Verified verified, long currentTime, long currentDuration) {
            return expireAfterCreate(token, verified, currentTime);
        }

        @Override
        public long expireAfterRead(String token, Verified verified, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
