package org.sanad.referrals.domain;

import java.util.UUID;

/**
 * A victim as the court sees them: a pseudonym. The complaint id stays in this service, so a
 * court that states a reason can have the identity fetched from complaints-service.
 */
public record VictimPseudonym(String pseudonym, UUID complaintId) {
}
