package org.sanad.privacy;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/** Registers {@link EncryptedFields} on Hibernate's events (found through {@code META-INF/services}). */
public class EncryptedFieldsIntegrator implements Integrator {

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EncryptedFields fields = new EncryptedFields();
        EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
        listeners.appendListeners(EventType.PRE_INSERT, fields);
        listeners.appendListeners(EventType.POST_INSERT, fields);
        listeners.appendListeners(EventType.PRE_UPDATE, fields);
        listeners.appendListeners(EventType.POST_UPDATE, fields);
        listeners.appendListeners(EventType.PRE_LOAD, fields);
        listeners.appendListeners(EventType.REFRESH, fields);
    }
}
