package org.sanad.complaints.config;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Messages to victims and to the officers on duty (org.sanad.complaints.notify; docs/notifications/messages.md). */
@ConfigMapping(prefix = "notifications")
public interface NotificationsConfig {

    /** The jurisdiction's time zone, which quiet hours are read in. */
    @WithDefault("Asia/Baghdad")
    ZoneId zone();

    /** No message but a safety one is sent between start and end (e.g. 22:00 to 08:00); none when unset. */
    QuietHours quietHours();

    /** The portal's page where a victim follows their complaint: the only link a victim's message holds. */
    URI trackingUrl();

    /** The console's complaint page; the duty messages link to {@code <console-url>/complaints/<id>}. */
    URI consoleUrl();

    /** The phone (E.164) texted for an alert of a governorate's intake officers or supervisor, by governorate code. */
    Map<String, String> dutyContacts();

    /** The national unit's phone (E.164), texted for an alert at the national level. */
    Optional<String> nationalContact();

    /** The language of the duty messages. */
    @WithDefault("ar")
    String dutyLanguage();

    /** How long a push service keeps a message for a browser that is offline. */
    @WithDefault("P2D")
    Duration pushTtl();

    /** How often closed complaints' contacts are erased; {@code off} stops it (tests drive it by hand). */
    @WithDefault("1m")
    String eraseEvery();

    /** Contacts erased per run. */
    @WithDefault("200")
    int eraseBatch();

    interface QuietHours {

        Optional<LocalTime> start();

        Optional<LocalTime> end();
    }
}
