package org.sanad.complaints.sms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.sanad.smscsimulator.SmscSimulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An SMSC for the service to send to: the SMSC simulator in-process, on free ports, with the
 * service's sms.* pointed at it. {@link #smsc()} reads what it received and stops and starts it
 * (an outage).
 */
public class SmscTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String SYSTEM_ID = "sanad-test";

    private static final String PASSWORD = "test-pw";

    private static volatile SmscSimulator smsc;

    /** The running simulator of the current test's application. */
    public static SmscSimulator smsc() {
        return smsc;
    }

    @Override
    public Map<String, String> start() {
        try {
            smsc = SmscSimulator.start(freePort(), freePort(), SYSTEM_ID, PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "sms.enabled", "true",
                "sms.smsc.host", "localhost",
                "sms.smsc.port", String.valueOf(smsc.smppPort()),
                "sms.smsc.system-id", SYSTEM_ID,
                "sms.smsc.password", PASSWORD,
                "sms.source-address", "Info");
    }

    @Override
    public void stop() {
        if (smsc != null) {
            smsc.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
