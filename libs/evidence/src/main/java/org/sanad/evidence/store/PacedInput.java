package org.sanad.evidence.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

/**
 * A client's upload, bounded in time: refused (408 {@code upload-too-slow}) once it has taken
 * longer than the longest an upload may, or once, past a grace period, it has sent less than the
 * minimum rate on average. A client that sends nothing at all is cut off by the HTTP server's idle
 * timeout, which ends the read this wraps.
 */
final class PacedInput extends FilterInputStream {

    private final Duration maxDuration;
    private final long minBytesPerSecond;
    private final Duration grace;
    private final LongSupplier nanoTime;
    private final long start;
    private long bytes;
    private boolean cutOff;

    PacedInput(InputStream in, Duration maxDuration, long minBytesPerSecond, Duration grace, LongSupplier nanoTime) {
        super(in);
        this.maxDuration = maxDuration;
        this.minBytesPerSecond = minBytesPerSecond;
        this.grace = grace;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            bytes++;
        }
        check();
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            bytes += read;
        }
        check();
        return read;
    }

    /**
     * Closing the HTTP request's stream reads what the client still has to send: a client cut off
     * is not waited for, its connection is left to the server to close after the answer.
     */
    @Override
    public void close() throws IOException {
        if (!cutOff) {
            super.close();
        }
    }

    private void check() {
        long elapsed = nanoTime.getAsLong() - start;
        if (elapsed > maxDuration.toNanos()) {
            cutOff = true;
            throw new ProblemException(ProblemType.UPLOAD_TOO_SLOW, "evidence.upload.too-long", maxDuration.toMinutes());
        }
        if (elapsed > grace.toNanos() && bytes * 1_000_000_000L < minBytesPerSecond * elapsed) {
            cutOff = true;
            throw new ProblemException(ProblemType.UPLOAD_TOO_SLOW, "evidence.upload.too-slow", minBytesPerSecond / 1024);
        }
    }
}
