package org.sanad.core.http;

/** A view of a record that changes under optimistic concurrency: its version is its ETag. */
public interface Versioned {

    long version();
}
