package org.sanad.commons.security;

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

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The stable subject ({@code sub}) of the token; {@value #ANONYMOUS} without one. */
    public String subject() {
        if (identity.isAnonymous()) {
            return ANONYMOUS;
        }
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's roles, sorted, as one comma-separated string for audit records. */
    public String rolesForAudit() {
        Set<String> roles = new TreeSet<>(identity.getRoles());
        return roles.isEmpty() ? ANONYMOUS : String.join(",", roles);
    }

    public Optional<String> governorate() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object claim = token.getClaim(GOVERNORATE_CLAIM);
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
