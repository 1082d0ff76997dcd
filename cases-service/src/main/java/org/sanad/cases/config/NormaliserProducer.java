package org.sanad.cases.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.sanad.commons.identifiers.IdentifierNormaliser;

public class NormaliserProducer {

    @Produces
    @ApplicationScoped
    IdentifierNormaliser identifierNormaliser(CasesConfig config) {
        return new IdentifierNormaliser(config.phoneRegion());
    }
}
