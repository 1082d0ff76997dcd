package org.sanad.core.audit;

/** A word of an audit vocabulary: the kind of record an action is on, as the audit log stores it. */
public interface AuditRecordType {

    String code();
}
