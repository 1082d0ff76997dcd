package org.sanad.handoff;

import org.sanad.core.audit.AuditAction;

/** What the hand-off machinery audits: a message received, a dead event put back in the queue. */
public enum HandOffAuditAction implements AuditAction {
    OUTBOX_REQUEUE("outbox.requeue"),
    HANDOFF_RECEIVE("handoff.receive");

    private final String code;

    HandOffAuditAction(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
