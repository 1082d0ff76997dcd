package org.sanad.smscsimulator;

import java.time.Instant;
import java.util.List;

/**
 * One short message as the SMSC received it: a concatenated message once all its parts arrived,
 * with the text decoded from its data coding and the message id answered for each part.
 *
 * @param dataCoding the submit_sm's data_coding (0 the GSM default alphabet, 8 UCS-2)
 * @param messageIds one per part, in part order
 * @param systemId the ESME that submitted it
 */
public record ReceivedMessage(String to, String from, String text, int dataCoding, int segments,
        List<String> messageIds, Instant at, String systemId) {

    public ReceivedMessage {
        messageIds = List.copyOf(messageIds);
    }

    /** The first part's id; the only one of a single-part message. */
    public String messageId() {
        return messageIds.get(0);
    }
}
