package org.sanad.complaints.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.sanad.commons.identifiers.IdentifierNormaliser;

public class NormaliserProducer {

    @Produces
    @ApplicationScoped
    IdentifierNormaliser identifierNormaliser(IntakeConfig config) {
        return new IdentifierNormaliser(config.phoneRegion());
    }
}
