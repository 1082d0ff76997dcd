package org.sanad.complaints.sms;

import java.util.List;

/**
 * A text the SMSC accepted: the message id it answered for each part, in part order (the delivery
 * receipts name these ids), how many parts, and how they were encoded.
 */
public record SmsSubmission(List<String> messageIds, int segments, SmsEncoding encoding) {

    public SmsSubmission {
        messageIds = List.copyOf(messageIds);
    }
}
