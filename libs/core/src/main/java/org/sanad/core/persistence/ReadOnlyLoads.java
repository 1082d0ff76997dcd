package org.sanad.core.persistence;

import java.util.function.Supplier;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Work in the current transaction whose loaded entities are only read: a record's read, with the
 * audit entry of the read written beside it. Hibernate keeps no snapshot of what it loads
 * read-only, lazily loaded collections included, and does not check it for changes at the
 * commit's flush: the read's profile spent about a tenth of its CPU on those (README,
 * Benchmarks). Entities persisted meanwhile, such as the audit entry, are written as usual; a
 * change made to a loaded one is not, so the work must not change what it loads.
 */
public final class ReadOnlyLoads {

    private ReadOnlyLoads() {
    }

    /** The work's result, everything it loaded read-only; the session's default restored after. */
    public static <T> T reading(Supplier<T> work) {
        Session session = Panache.getSession();
        boolean before = session.isDefaultReadOnly();
        session.setDefaultReadOnly(true);
        try {
            return work.get();
        } finally {
            session.setDefaultReadOnly(before);
        }
    }
}
