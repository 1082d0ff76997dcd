package org.sanad.audit.anchor;

import java.util.List;

/**
 * Where a service keeps the signed heads of its audit chain, outside its database, so that a
 * database owner who rewrites the whole chain consistently cannot rewrite them too. One is chosen
 * by {@code sanad.audit.anchor.sink}: {@code s3} (sanad-evidence's, for the services that keep
 * evidence in an object store), {@code file} (a mounted volume), or {@code none}.
 */
public interface AuditAnchorSink {

    /** Stores one anchor of the service under {@code name}; a second write of the same name may replace it. */
    void write(String service, String name, byte[] anchor);

    /** The service's {@code count} anchors whose names sort first ({@link AuditAnchors} names the newest first). */
    List<byte[]> first(String service, int count);
}
