package org.sanad.complaints.sms;

/**
 * The SMSC could not take the message now: SMS disabled, no bound session, no answer in time,
 * throttled or its queue full. Try again later. The message never holds the recipient or the text.
 */
public class SmsUnavailable extends Exception {

    public SmsUnavailable(String message) {
        super(message);
    }

    public SmsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
