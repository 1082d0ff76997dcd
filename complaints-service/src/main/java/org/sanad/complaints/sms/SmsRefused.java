package org.sanad.complaints.sms;

/**
 * The SMSC refused this message for good (an invalid destination, a number it will not serve):
 * sending it again would be refused again.
 */
public class SmsRefused extends Exception {

    private final int commandStatus;

    public SmsRefused(int commandStatus, String message) {
        super(message);
        this.commandStatus = commandStatus;
    }

    /** The SMPP command_status of the refusal (e.g. 0x0B, ESME_RINVDSTADR). */
    public int commandStatus() {
        return commandStatus;
    }
}
