package org.sanad.evidence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

class PacedInputTest {

    private final AtomicLong now = new AtomicLong();

    private PacedInput paced(int size) {
        return new PacedInput(new ByteArrayInputStream(new byte[size]), Duration.ofMinutes(10), 1000,
                Duration.ofSeconds(5), now::get);
    }

    private void after(Duration elapsed) {
        now.set(elapsed.toNanos());
    }

    @Test
    void aClientAboveTheMinimumRateIsReadToTheEnd() throws IOException {
        PacedInput in = paced(100_000);
        for (int second = 1; second <= 50; second++) {
            after(Duration.ofSeconds(second));
            assertEquals(2_000, in.readNBytes(2_000).length, "2 kB/s, above the 1 kB/s minimum");
        }
        assertEquals(-1, in.read());
    }

    @Test
    void aSlowStartIsForgivenWithinTheGracePeriod() throws IOException {
        PacedInput in = paced(10);
        after(Duration.ofSeconds(4));
        assertEquals(10, in.readNBytes(10).length);
    }

    @Test
    void pastTheGraceAClientBelowTheMinimumAverageIsCutOff() throws IOException {
        PacedInput in = paced(10_000);
        in.readNBytes(5_000);
        after(Duration.ofSeconds(6));
        ProblemException refused = assertThrows(ProblemException.class, () -> in.readNBytes(1));
        assertEquals(ProblemType.UPLOAD_TOO_SLOW, refused.type());
    }

    @Test
    void anUploadLongerThanTheLongestAllowedIsCutOffWhateverItsRate() throws IOException {
        PacedInput in = paced(100_000_000);
        in.readNBytes(1_000_000);
        after(Duration.ofMinutes(11));
        assertEquals(ProblemType.UPLOAD_TOO_SLOW, assertThrows(ProblemException.class, () -> in.read()).type());
    }
}
