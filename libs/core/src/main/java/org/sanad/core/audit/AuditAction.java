package org.sanad.core.audit;

/**
 * A word of an audit vocabulary: an action, as the audit log stores it. Each service and each shared
 * module declares its own words in an enum that implements this; the code is what is stored and
 * answered, and never changes once written.
 */
public interface AuditAction {

    String code();
}
