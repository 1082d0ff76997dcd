package org.sanad.complaints.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** SMS over SMPP 3.4 to the operator's SMSC (docs/notifications/smsc.md). */
@ConfigMapping(prefix = "sms")
public interface SmsConfig {

    /** Off: nothing connects, and every submission is unavailable (notifications by SMS wait). */
    @WithDefault("false")
    boolean enabled();

    Smsc smsc();

    /**
     * The sender the phone shows: a neutral alphanumeric name agreed with the operator (at most 11
     * characters, no word of police or extortion), or a number.
     */
    @WithDefault("Info")
    String sourceAddress();

    /** The sender's type of number: 5 alphanumeric (the default), 1 international. */
    @WithDefault("5")
    int sourceTon();

    /** The sender's numbering plan: 0 unknown (with an alphanumeric sender), 1 ISDN/E.164. */
    @WithDefault("0")
    int sourceNpi();

    /** The longest a caller waits for a submission, all parts and a bind in progress included. */
    @WithDefault("PT10S")
    Duration submitTimeout();

    /** How long the session may stay quiet before an enquire_link checks it is alive. */
    @WithDefault("PT30S")
    Duration enquireLinkEvery();

    /** The wait before the first rebind attempt after a failed one; it doubles up to {@link #reconnectMax()}. */
    @WithDefault("PT1S")
    Duration reconnectMin();

    @WithDefault("PT1M")
    Duration reconnectMax();

    /** Where the operator's SMSC is, and who this service is to it. */
    interface Smsc {

        @WithDefault("localhost")
        String host();

        @WithDefault("2775")
        int port();

        /** The ESME's system_id the operator issued. */
        Optional<String> systemId();

        /** Its password (a Secret, never in a file). */
        Optional<String> password();

        /** The system_type the operator asks for, if any. */
        Optional<String> systemType();

        /** How long a bind may take before the attempt counts as failed. */
        @WithDefault("PT5S")
        Duration bindTimeout();
    }
}
