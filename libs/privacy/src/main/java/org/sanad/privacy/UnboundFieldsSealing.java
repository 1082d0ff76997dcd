package org.sanad.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * At start, seals to their rows the values of encrypted columns still clear (a column encrypted
 * since they were written) or of the first, unbound form ({@code enc1:}): the service's keys are not
 * the database's, so a migration cannot. Until then such values still read; replicas starting
 * together share the rows ({@link FieldKeyRotation}).
 */
@ApplicationScoped
public class UnboundFieldsSealing {

    @Inject
    FieldKeyRotation rotation;

    @ConfigProperty(name = "sanad.personal-data.seal-at-start", defaultValue = "true")
    boolean sealAtStart;

    void onStart(@Observes StartupEvent start) {
        if (!sealAtStart) {
            return;
        }
        long sealed = rotation.sealUnbound();
        if (sealed > 0) {
            Log.infof("Sealed %d encrypted values to their rows (clear or enc1 before)", sealed);
        }
    }
}
