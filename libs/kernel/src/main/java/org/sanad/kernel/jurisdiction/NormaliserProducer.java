package org.sanad.kernel.jurisdiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.sanad.kernel.identifiers.IdentifierNormaliser;

/** The identifier normaliser of the configured jurisdiction, one for every service. */
public class NormaliserProducer {

    @Produces
    @ApplicationScoped
    IdentifierNormaliser identifierNormaliser(Jurisdiction jurisdiction) {
        return new IdentifierNormaliser(jurisdiction.phoneRegion());
    }
}
