package org.sanad.privacy;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreLoadEvent;
import org.hibernate.event.spi.PreLoadEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.event.spi.RefreshContext;
import org.hibernate.event.spi.RefreshEvent;
import org.hibernate.event.spi.RefreshEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;

/**
 * Writes and reads the {@link Encrypted} attributes of every entity, sealed to their row: a JPA
 * converter sees a value without its row, so the sealing happens on Hibernate's events instead,
 * where the entity's id is known.
 * <ul>
 * <li>Before an insert or update, the values about to be written are replaced by their sealed
 * form; after it, by the clear values again, so that Hibernate's snapshot of the entity (what its
 * dirty check compares with) holds clear text and an unchanged value is never rewritten.</li>
 * <li>Before a loaded row's values are put into its entity, they are opened: the entity and its
 * snapshot hold clear text. A value that does not open where it is (altered, or copied from another
 * row or column) is a 409 {@code integrity-failure}, audited as a refused
 * {@code field.integrity-failure} naming the table, column and row; it is never read as the
 * row's.</li>
 * <li>A refresh (re-reading a managed entity, as {@code claimVersion} does under its row lock) puts
 * the row's values straight into the entity and its snapshot, past the load event: they are opened
 * there after it.</li>
 * </ul>
 * Ids must be known before the insert (every entity with encrypted attributes is given its uuid by
 * the service).
 */
public class EncryptedFields implements PreInsertEventListener, PostInsertEventListener, PreUpdateEventListener,
        PostUpdateEventListener, PreLoadEventListener, RefreshEventListener {

    /**
     * An encrypted attribute: a property of the entity, or a property of an embeddable it embeds;
     * for a {@link SealOf} seal, the properties beside it that it seals.
     */
    private record Attribute(int property, int embedded, String column, int[] sealed) {

        boolean isEmbedded() {
            return embedded >= 0;
        }

        boolean isSeal() {
            return sealed.length > 0;
        }

        /** What a seal holds: the sealed values as text, joined by {@code /} (as the start's backfill writes it). */
        String sealedValues(Object[] values) {
            return Arrays.stream(sealed).mapToObj(i -> values[i] == null ? "" : values[i].toString())
                    .collect(Collectors.joining("/"));
        }
    }

    private final Map<String, List<Attribute>> attributesByEntity = new ConcurrentHashMap<>();
    private volatile FieldEncryption encryption;

    @Override
    public boolean onPreInsert(PreInsertEvent event) {
        seal(event.getPersister(), event.getId(), event.getState(), event.getFactory());
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        restore(event.getPersister(), event.getEntity(), event.getState());
    }

    @Override
    public boolean onPreUpdate(PreUpdateEvent event) {
        seal(event.getPersister(), event.getId(), event.getState(), event.getFactory());
        return false;
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        restore(event.getPersister(), event.getEntity(), event.getState());
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPreLoad(PreLoadEvent event) {
        EntityPersister persister = event.getPersister();
        List<Attribute> attributes = attributesOf(persister);
        if (attributes.isEmpty()) {
            return;
        }
        Object[] state = event.getState();
        String row = row(persister, event.getId());
        for (Attribute attribute : attributes) {
            FieldAddress address = new FieldAddress(table(persister), attribute.column(), row);
            if (!attribute.isEmbedded()) {
                state[attribute.property()] = opened(attribute, state, state[attribute.property()], address);
                continue;
            }
            // the embeddable was just made from the row: it is opened in place, before anyone holds it
            Object embeddable = state[attribute.property()];
            if (embeddable != null) {
                ComponentType type = (ComponentType) persister.getPropertyTypes()[attribute.property()];
                Object[] values = type.getPropertyValues(embeddable);
                values[attribute.embedded()] = opened(attribute, values, values[attribute.embedded()], address);
                type.setPropertyValues(embeddable, values);
            }
        }
    }

    @Override
    public void onRefresh(RefreshEvent event) {
        openRefreshed(event.getObject(), event.getSession());
    }

    @Override
    public void onRefresh(RefreshEvent event, RefreshContext refreshedAlready) {
        openRefreshed(event.getObject(), event.getSession());
    }

    /** The refreshed entity's values and snapshot, opened as a load opens them. */
    private void openRefreshed(Object refreshed, SharedSessionContractImplementor session) {
        Object entity = session.getPersistenceContextInternal().unproxy(refreshed);
        EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
        if (entry == null || entry.getLoadedState() == null || attributesOf(entry.getPersister()).isEmpty()) {
            return;
        }
        EntityPersister persister = entry.getPersister();
        Object[] state = persister.getValues(entity);
        onPreLoad(new PreLoadEvent(session.asEventSource()).setEntity(entity).setId(entry.getId())
                .setPersister(persister).setState(state));
        Object[] loaded = entry.getLoadedState();
        for (Attribute attribute : attributesOf(persister)) {
            int property = attribute.property();
            persister.setValue(entity, property, state[property]);
            loaded[property] = persister.getPropertyTypes()[property].deepCopy(state[property], session.getFactory());
        }
        // the entity is what its row says again: opening its values changed nothing to write
        if (entity instanceof SelfDirtinessTracker tracker) {
            tracker.$$_hibernate_clearDirtyAttributes();
        }
    }

    private void seal(EntityPersister persister, Object id, Object[] state, SessionFactoryImplementor factory) {
        List<Attribute> attributes = attributesOf(persister);
        if (attributes.isEmpty()) {
            return;
        }
        if (id == null) {
            throw new IllegalStateException(persister.getEntityName() + " has encrypted attributes: its id must be "
                    + "set before it is inserted");
        }
        String row = row(persister, id);
        // an embeddable in the state is the entity's own: it is replaced by a sealed copy, never changed
        Map<Integer, Object> sealedCopies = new HashMap<>();
        for (Attribute attribute : attributes) {
            FieldAddress address = new FieldAddress(table(persister), attribute.column(), row);
            if (!attribute.isEmbedded()) {
                state[attribute.property()] = encryption().seal(written(attribute, state, state[attribute.property()]), address);
                continue;
            }
            Object embeddable = state[attribute.property()];
            if (embeddable == null) {
                continue;
            }
            ComponentType type = (ComponentType) persister.getPropertyTypes()[attribute.property()];
            Object copy = sealedCopies.computeIfAbsent(attribute.property(), p -> type.deepCopy(embeddable, factory));
            Object[] values = type.getPropertyValues(copy);
            values[attribute.embedded()] = encryption().seal(written(attribute, values, values[attribute.embedded()]), address);
            type.setPropertyValues(copy, values);
            state[attribute.property()] = copy;
        }
    }

    /** Puts the clear values back in the state written, which Hibernate keeps as the entity's snapshot. */
    private void restore(EntityPersister persister, Object entity, Object[] state) {
        for (Attribute attribute : attributesOf(persister)) {
            Object clear = persister.getValue(entity, attribute.property());
            if (!attribute.isEmbedded()) {
                state[attribute.property()] = clear;
            } else if (clear != null && state[attribute.property()] != null) {
                ComponentType type = (ComponentType) persister.getPropertyTypes()[attribute.property()];
                Object[] values = type.getPropertyValues(state[attribute.property()]);
                values[attribute.embedded()] = type.getPropertyValues(clear)[attribute.embedded()];
                type.setPropertyValues(state[attribute.property()], values);
            }
        }
    }

    /** The clear value to seal: the attribute's own, or for a seal, the values it seals. */
    private static String written(Attribute attribute, Object[] values, Object value) {
        return attribute.isSeal() ? attribute.sealedValues(values) : (String) value;
    }

    /**
     * The stored value opened; a seal must hold the values it seals as loaded. A row written before
     * seals has none (the service seals it at start; the column's check keeps one from being removed).
     */
    private String opened(Attribute attribute, Object[] values, Object stored, FieldAddress address) {
        String clear = open((String) stored, address);
        if (attribute.isSeal() && clear != null && !clear.equals(attribute.sealedValues(values))) {
            Log.errorf("INTEGRITY FAILURE: the values sealed by %s were changed", address);
            throw integrityFailure(address);
        }
        return clear;
    }

    private static ProblemException integrityFailure(FieldAddress address) {
        return new ProblemException(ProblemType.INTEGRITY_FAILURE, "field.integrity-failure")
                .audited(KeyAuditAction.FIELD_INTEGRITY_FAILURE, KeyAuditRecord.ENCRYPTED_FIELD, address);
    }

    private String open(String stored, FieldAddress address) {
        try {
            return encryption().open(stored, address);
        } catch (FieldEncryption.UnreadableValueException e) {
            Log.errorf("INTEGRITY FAILURE: %s", e.getMessage());
            throw integrityFailure(address);
        }
    }

    private FieldEncryption encryption() {
        FieldEncryption current = encryption;
        if (current == null) {
            current = Arc.container().instance(FieldEncryption.class).get();
            encryption = current;
        }
        return current;
    }

    private static String table(EntityPersister persister) {
        return ((AbstractEntityPersister) persister).getTableName();
    }

    /**
     * The row as {@link FieldAddress} names it: {@code column=value} for each column of the primary
     * key, in the order of their names, as PostgreSQL writes the values as text.
     */
    static String row(EntityPersister persister, Object id) {
        AbstractEntityPersister entity = (AbstractEntityPersister) persister;
        Map<String, Object> byColumn = new TreeMap<>();
        if (id instanceof Record key) {
            for (RecordComponent component : key.getClass().getRecordComponents()) {
                try {
                    byColumn.put(entity.getPropertyColumnNames(component.getName())[0], component.getAccessor().invoke(key));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the id " + key.getClass().getName() + " cannot be read", e);
                }
            }
        } else {
            byColumn.put(entity.getIdentifierColumnNames()[0], id);
        }
        return byColumn.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("/"));
    }

    private List<Attribute> attributesOf(EntityPersister persister) {
        return attributesByEntity.computeIfAbsent(persister.getEntityName(), name -> discover(persister));
    }

    private static List<Attribute> discover(EntityPersister persister) {
        AbstractEntityPersister entity = (AbstractEntityPersister) persister;
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        List<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            int[] sealed = sealed(persister.getMappedClass(), names[i], names);
            if (sealed != null) {
                attributes.add(new Attribute(i, -1, entity.getPropertyColumnNames(i)[0], sealed));
            } else if (types[i] instanceof ComponentType embeddable) {
                String[] embeddedNames = embeddable.getPropertyNames();
                for (int j = 0; j < embeddedNames.length; j++) {
                    int[] sealedInEmbeddable = sealed(embeddable.getReturnedClass(), embeddedNames[j], embeddedNames);
                    if (sealedInEmbeddable != null) {
                        attributes.add(new Attribute(i, j, entity.getPropertyColumnNames(names[i] + "." + embeddedNames[j])[0],
                                sealedInEmbeddable));
                    }
                }
            }
        }
        return List.copyOf(attributes);
    }

    /**
     * For an encrypted attribute, the positions among {@code siblings} of what it seals (none for an
     * {@link Encrypted} one); null when it is not encrypted.
     */
    private static int[] sealed(Class<?> type, String property, String[] siblings) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(property);
                SealOf seal = field.getAnnotation(SealOf.class);
                if (!field.isAnnotationPresent(Encrypted.class) && seal == null) {
                    return null;
                }
                if (field.getType() != String.class) {
                    throw new IllegalStateException(c.getName() + "." + property + " is encrypted but not a String");
                }
                if (seal == null) {
                    return new int[0];
                }
                List<String> names = List.of(siblings);
                String sealName = c.getName() + "." + property;
                return Arrays.stream(seal.value()).mapToInt(name -> {
                    if (!names.contains(name)) {
                        throw new IllegalStateException(sealName + " seals " + name + ", which is not beside it");
                    }
                    return names.indexOf(name);
                }).toArray();
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        return null;
    }
}
