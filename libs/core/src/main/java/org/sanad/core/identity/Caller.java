package org.sanad.core.identity;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the token's subject, roles and, for officers, the governorate they serve.
 * An officer whose governorate claim is {@value #NATIONAL} belongs to a national unit and sees
 * every governorate.
 */
@RequestScoped
public class Caller {

    public static final String GOVERNORATE_CLAIM = "governorate";
    public static final String NATIONAL = "NATIONAL";
    public static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** Set by {@link #actAnonymously()}: nothing of the request's identity is read from then on. */
    private boolean anonymousByRule;

    /**
     * For the rest of this request the caller is {@value #ANONYMOUS}, whatever identity the request
     * carries: an action that must not be tied to whoever performs it (anonymous filing and
     * follow-up) records no subject even if credentials reached the service.
     */
    public void actAnonymously() {
        anonymousByRule = true;
    }

    public boolean isAnonymous() {
        return anonymousByRule || identity.isAnonymous();
    }

    /** The stable subject ({@code sub}) of the token; {@value #ANONYMOUS} without one. */
    public String subject() {
        if (isAnonymous()) {
            return ANONYMOUS;
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** The name to show for the caller: the token's {@code name}, else its user name, else the subject. */
    public String displayName() {
        for (String claimName : new String[] { "name", "preferred_username" }) {
            Optional<String> value = claim(claimName);
            if (value.isPresent() && !value.get().isBlank()) {
                String name = value.get().strip();
                return name.length() > 200 ? name.substring(0, 200) : name;
            }
        }
        return subject();
    }

    /** The token's {@code gender} claim, upper-cased, when the identity provider sends one. */
    public Optional<String> gender() {
        return claim("gender").map(g -> g.strip().toUpperCase(Locale.ROOT)).filter(g -> g.length() <= 16);
    }

    /** The OIDC client the token was issued to ({@code azp}), for machine clients. */
    public Optional<String> clientId() {
        return claim("azp");
    }

    /** The role of the suite's own services' machine clients (OIDC client credentials). */
    public static final String SERVICE_CLIENT = "service-client";

    /** One of the suite's services (role {@code service-client}) whose OIDC client is one of {@code clientIds}. */
    public boolean isServiceClientOf(Collection<String> clientIds) {
        return hasRole(SERVICE_CLIENT) && clientId().map(clientIds::contains).orElse(false);
    }

    public boolean holdsAny(Set<String> roles) {
        return roles.stream().anyMatch(this::hasRole);
    }

    public boolean hasRole(String role) {
        return !anonymousByRule && identity.hasRole(role);
    }

    /** The caller's roles, sorted, as one comma-separated string for audit records. */
    public String rolesForAudit() {
        Set<String> roles = anonymousByRule ? Set.of() : new TreeSet<>(identity.getRoles());
        return roles.isEmpty() ? ANONYMOUS : String.join(",", roles);
    }

    public Optional<String> governorate() {
        return claim(GOVERNORATE_CLAIM);
    }

    /** A claim of the token as text, when the caller has a token and it carries one. */
    public Optional<String> claim(String claimName) {
        if (isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(claimName);
        if (claim instanceof JsonString text) {
            return Optional.of(text.getString());
        }
        return claim == null ? Optional.empty() : Optional.of(claim.toString());
    }

    public boolean isNational() {
        return governorate().map(NATIONAL::equals).orElse(false);
    }

    /** Whether an officer of this caller's governorate may work on a record of {@code governorate}. */
    public boolean servesGovernorate(String governorate) {
        return governorate().map(own -> own.equals(NATIONAL) || own.equals(governorate)).orElse(false);
    }
}
