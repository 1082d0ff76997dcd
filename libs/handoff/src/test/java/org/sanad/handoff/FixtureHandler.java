package org.sanad.handoff;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.core.audit.AuditAction;
import org.sanad.core.audit.AuditRecordType;

/**
 * Test fixture: applies {@link FixtureMessage}s. Its one effect is an audit entry
 * ({@code fixture.applied}) on the message's subject, written in the inbox's transaction, so a
 * test counts how often a message took effect. Tests may make it fail once for a message, or
 * take its time.
 */
@ApplicationScoped
public class FixtureHandler implements HandOffHandler<FixtureMessage> {

    public enum Action implements AuditAction {
        APPLIED;

        @Override
        public String code() {
            return "fixture.applied";
        }
    }

    public enum Record implements AuditRecordType {
        SUBJECT;

        @Override
        public String code() {
            return "fixture-subject";
        }
    }

    @Inject
    AuditLog audit;

    private final Set<UUID> failingOnce = ConcurrentHashMap.newKeySet();

    private volatile Duration takes = Duration.ZERO;

    @Override
    public Class<FixtureMessage> messageType() {
        return FixtureMessage.class;
    }

    @Override
    public String sender() {
        return FixtureMessage.SENDER;
    }

    @Override
    @Transactional(TxType.MANDATORY)
    public void apply(FixtureMessage message) {
        audit.success(Action.APPLIED, Record.SUBJECT, message.subject());
        pause();
        if (failingOnce.remove(message.deliveryId())) {
            throw new IllegalStateException("the fixture fails once on " + message.deliveryId());
        }
    }

    /** The next application of this message fails after its effect was written. */
    public void failOnceOn(UUID deliveryId) {
        failingOnce.add(deliveryId);
    }

    /** Each application takes this long, inside its transaction. */
    public void takes(Duration duration) {
        takes = duration;
    }

    private void pause() {
        try {
            Thread.sleep(takes.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
