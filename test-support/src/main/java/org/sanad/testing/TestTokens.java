package org.sanad.testing;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real RS256 tokens for one service's tests, signed with the key the test OIDC server
 * ({@code OidcWiremockTestResource}) publishes.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";

    private final String audience;

    public TestTokens(String audience) {
        this.audience = audience;
    }

    public String citizen(String subject) {
        return claims(subject, Set.of("citizen")).sign();
    }

    /** A citizen's token that expired a minute ago. */
    public String expiredCitizen(String subject) {
        return claims(subject, Set.of("citizen")).issuedAt(System.currentTimeMillis() / 1000 - 3600)
                .expiresAt(System.currentTimeMillis() / 1000 - 60).sign();
    }

    /** A citizen's token that expires {@code seconds} from now. */
    public String citizenExpiringIn(String subject, long seconds) {
        return claims(subject, Set.of("citizen")).expiresAt(System.currentTimeMillis() / 1000 + seconds).sign();
    }

    /** An officer holding {@code role} in {@code governorate} (or {@code NATIONAL}); subject {@code role-governorate}. */
    public String officer(String role, String governorate) {
        return claims(role + "-" + governorate, Set.of(role)).claim("governorate", governorate).sign();
    }

    /** An officer with a name and a gender, as an identity provider that sends both describes them. */
    public String namedOfficer(String subject, String name, String gender, String role, String governorate) {
        return claims(subject, Set.of(role)).claim("governorate", governorate).claim("name", name)
                .claim("gender", gender).sign();
    }

    /** A court system (client credentials) of the court {@code courtCode}, carrying it in the {@code court_code} claim. */
    public String court(String courtCode) {
        return claims("service-account-court-" + courtCode, Set.of("court-system")).claim("court_code", courtCode)
                .claim("azp", "court-" + courtCode).sign();
    }

    /** One of the suite's services (client credentials), as the OIDC client {@code clientId}. */
    public String service(String clientId) {
        return claims("service-account-" + clientId, Set.of("service-client")).claim("azp", clientId).sign();
    }

    public String withRoles(String subject, String... roles) {
        return claims(subject, Set.of(roles)).sign();
    }

    /** A token meant for another service: it must be refused. */
    public String forAudience(String subject, String otherAudience, String... roles) {
        return Jwt.preferredUserName(subject).subject(subject).groups(Set.of(roles)).issuer(ISSUER)
                .audience(otherAudience).sign();
    }

    private JwtClaimsBuilder claims(String subject, Set<String> roles) {
        return Jwt.preferredUserName(subject).subject(subject).groups(roles).issuer(ISSUER).audience(audience);
    }
}
