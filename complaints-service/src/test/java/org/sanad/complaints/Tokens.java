package org.sanad.complaints;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Real RS256 tokens, signed with the key the test OIDC server publishes. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "complaints-service";

    private Tokens() {
    }

    public static String citizen(String subject) {
        return claims(subject, Set.of("citizen")).sign();
    }

    /** An officer holding {@code role} in {@code governorate} (or {@code NATIONAL}). */
    public static String officer(String role, String governorate) {
        return claims(role + "-" + governorate, Set.of(role)).claim("governorate", governorate).sign();
    }

    public static String withRoles(String subject, String... roles) {
        return claims(subject, Set.of(roles)).sign();
    }

    public static String forAudience(String subject, String audience, String... roles) {
        return Jwt.preferredUserName(subject).subject(subject).groups(Set.of(roles)).issuer(ISSUER)
                .audience(audience).sign();
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> roles) {
        return Jwt.preferredUserName(subject).subject(subject).groups(roles).issuer(ISSUER).audience(AUDIENCE);
    }
}
