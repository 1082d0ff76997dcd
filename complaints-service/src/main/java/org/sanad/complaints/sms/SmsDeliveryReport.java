package org.sanad.complaints.sms;

import java.time.Instant;

/**
 * A delivery receipt from the SMSC, fired as a CDI event on the SMPP session's thread: observers
 * open their own transaction.
 *
 * @param messageId the id the SMSC answered for the part (one of {@link SmsSubmission#messageIds()})
 * @param state the receipt's final state: DELIVRD, UNDELIV, EXPIRED, REJECTD, DELETED, ACCEPTD, UNKNOWN, ENROUTE
 * @param doneAt when the SMSC says it was done (its receipt's "done date")
 */
public record SmsDeliveryReport(String messageId, String state, Instant doneAt) {
}
