package org.sanad.smscsimulator;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the SMSC received: single messages at once, concatenated ones when their last part came in
 * (parts put back in sequence order, whatever order they arrived in). Survives a stop and a start of
 * the simulator, as an SMSC's store survives a lost connection.
 */
final class Inbox {

    private record Key(String systemId, String from, String to, int reference, int total) {
    }

    private record Arrived(byte[] userData, String messageId) {
    }

    private final Clock clock;

    private final List<ReceivedMessage> received = new ArrayList<>();

    private final Map<Key, TreeMap<Integer, Arrived>> incomplete = new HashMap<>();

    Inbox(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(String systemId, SubmittedPart part, String messageId) {
        SubmittedPart.Concatenation concatenation = part.concatenation();
        if (concatenation == null || concatenation.total() == 1) {
            received.add(new ReceivedMessage(part.to(), part.from(), part.text(), part.dataCoding(), 1,
                    List.of(messageId), clock.instant(), systemId));
            return;
        }
        Key key = new Key(systemId, part.from(), part.to(), concatenation.reference(), concatenation.total());
        TreeMap<Integer, Arrived> parts = incomplete.computeIfAbsent(key, k -> new TreeMap<>());
        parts.put(concatenation.sequence(), new Arrived(part.userData(), messageId));
        if (parts.size() < concatenation.total()) {
            return;
        }
        incomplete.remove(key);
        ByteArrayOutputStream userData = new ByteArrayOutputStream();
        List<String> messageIds = new ArrayList<>();
        parts.values().forEach(arrived -> {
            userData.writeBytes(arrived.userData());
            messageIds.add(arrived.messageId());
        });
        received.add(new ReceivedMessage(part.to(), part.from(),
                SubmittedPart.decode(part.dataCoding(), userData.toByteArray()), part.dataCoding(),
                concatenation.total(), messageIds, clock.instant(), systemId));
    }

    synchronized List<ReceivedMessage> received() {
        return List.copyOf(received);
    }

    /** The messages to one number; {@code to} as the ESME wrote it, a leading + or not. */
    synchronized List<ReceivedMessage> receivedBy(String to) {
        String wanted = digits(to);
        return received.stream().filter(message -> Objects.equals(digits(message.to()), wanted)).toList();
    }

    synchronized void clear() {
        received.clear();
        incomplete.clear();
    }

    private static String digits(String address) {
        return address == null ? null : address.strip().replaceFirst("^\\+", "");
    }
}
