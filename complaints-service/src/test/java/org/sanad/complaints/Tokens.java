package org.sanad.complaints;

import org.sanad.testing.TestTokens;

/** Signed tokens for complaints-service. */
public final class Tokens {

    private static final TestTokens TOKENS = new TestTokens("complaints-service");

    private Tokens() {
    }

    public static String citizen(String subject) {
        return TOKENS.citizen(subject);
    }

    public static String officer(String role, String governorate) {
        return TOKENS.officer(role, governorate);
    }

    public static String withRoles(String subject, String... roles) {
        return TOKENS.withRoles(subject, roles);
    }

    public static String forAudience(String subject, String audience, String... roles) {
        return TOKENS.forAudience(subject, audience, roles);
    }
}
