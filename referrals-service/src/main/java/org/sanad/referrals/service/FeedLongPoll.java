package org.sanad.referrals.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.problem.ProblemException;
import org.sanad.referrals.api.FeedPage;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * A court's pull that may wait: with nothing after its cursor, the answer comes when an entry
 * arrives or the wait is over (then an empty page with the same cursor). The request's thread,
 * connection and transaction are given back while it waits; the page is read again, in a
 * transaction of its own on a worker thread, once the wait ends.
 */
@ApplicationScoped
public class FeedLongPoll {

    public static final int MAX_WAIT_SECONDS = 30;

    @Inject
    CourtFeed feed;

    @Inject
    FeedWaiters waiters;

    /** {@code wait} as the client sent it: seconds, 0 to {@value #MAX_WAIT_SECONDS}; absent is 0; anything else a 400. */
    public Uni<FeedPage> poll(String after, Integer limit, String wait) {
        int waitSeconds = seconds(wait);
        if (waitSeconds > 0) {
            waiters.requireRoom();
        }
        CourtFeed.Read read = feed.read(after, limit);
        if (waitSeconds == 0) {
            return Uni.createFrom().item(feed.page(read));
        }
        // registered before the first read: an entry committed between the two still wakes it
        FeedWaiters.Waiter waiter = waiters.await(read.court(), read.from());
        FeedPage first;
        try {
            first = feed.page(read);
        } catch (RuntimeException e) {
            waiters.release(waiter);
            throw e;
        }
        if (!first.items().isEmpty()) {
            waiters.release(waiter);
            return Uni.createFrom().item(first);
        }
        return Uni.createFrom().completionStage(waiter.arrived()).replaceWith(Boolean.TRUE)
                .ifNoItem().after(Duration.ofSeconds(waitSeconds)).recoverWithItem(Boolean.FALSE)
                .onTermination().invoke(() -> waiters.release(waiter))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(arrivedOrTimedOut -> feed.page(read));
    }

    private static int seconds(String wait) {
        if (wait == null || wait.isBlank()) {
            return 0;
        }
        try {
            int seconds = Integer.parseInt(wait.strip());
            if (seconds >= 0 && seconds <= MAX_WAIT_SECONDS) {
                return seconds;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as one out of range
        }
        throw ProblemException.invalidField("wait", "feed.wait.range");
    }
}
