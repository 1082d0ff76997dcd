package org.sanad.complaints.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.sms.SmsEncoding;
import org.sanad.complaints.sms.SmsText;

/**
 * Every message in every language, rendered as it is sent: with the longest tracking number and
 * the configured links. A victim's text is one SMS segment (GSM-7, 160 characters, in English and
 * French; UCS-2, 70, in Arabic and Kurdish), and so is a duty text: in Arabic and Kurdish without
 * the console's link to the complaint (its 36-character id cannot sit in 70 characters beside a
 * sentence), its reference found in the console. No message is ever sent in parts. No text says
 * what the service is about.
 */
class NotificationTemplatesTest {

    /** Tracking numbers are {@code prefix-year-XXXX-XXXX}: all of one length. */
    static final String LONGEST_REFERENCE = "IQ-2026-WWWW-WWWW";

    static final String COMPLAINT_ID = "0f8fad5b-d9cb-469f-a165-70867728950e";

    /** What would tell whoever reads the phone what happened: per language, lower case, matched as a part of a word. */
    static final Map<String, List<String>> FORBIDDEN = Map.of(
            "en", List.of("extort", "blackmail", "sextortion", "image", "photo", "picture", "video", "police", "court",
                    "arrest", "crime", "criminal", "victim", "threat", "complaint", "intimate", "nude", "sanad"),
            "fr", List.of("extors", "chantage", "sextorsion", "image", "photo", "vidéo", "video", "police", "tribunal",
                    "arrest", "crime", "criminel", "victime", "menace", "plainte", "intime", "nu ", "sanad"),
            "ar", List.of("ابتزاز", "يبتز", "صور", "صورة", "فيديو", "شرطة", "الشرطة", "محكمة", "المحكمة", "قبض",
                    "اعتقال", "جريمة", "ضحية", "تهديد", "شكوى", "بلاغ", "سند", "عارية"),
            "ckb", List.of("هەڕەشە", "وێنە", "ڤیدیۆ", "پۆلیس", "دادگا", "دەستگیر", "تاوان", "قوربانی", "سکاڵا",
                    "سەنەد"));

    static String trackingLink() throws IOException {
        return configured("notifications.tracking-url");
    }

    static String dutyLink() throws IOException {
        return configured("notifications.console-url") + "/complaints/" + COMPLAINT_ID;
    }

    /** The value application.properties gives the setting, a {@code ${ENV:default}} read as its default. */
    static String configured(String key) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = NotificationTemplatesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String value = properties.getProperty(key);
        Matcher placeholder = Pattern.compile("\\$\\{[A-Z_]+:(.*)}").matcher(value);
        return placeholder.matches() ? placeholder.group(1) : value;
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(NotificationTemplates.TITLE));
        Stream.of(NotificationEvent.values()).map(Enum::name).forEach(keys::add);
        Stream.of(DutyMessage.values()).map(Enum::name).forEach(keys::add);
        return keys;
    }

    static String rendered(String language, String key) throws IOException {
        boolean duty = key.startsWith("DUTY_");
        return NotificationTemplates.text(language, key, LONGEST_REFERENCE, duty ? dutyLink() : trackingLink());
    }

    @Test
    void everyLanguageHasEveryMessageAndNothingElse() {
        Set<String> expected = new TreeSet<>(keys());
        for (String language : NotificationTemplates.LANGUAGES) {
            Set<String> present = new TreeSet<>(Collections.list(NotificationTemplates.bundle(language).getKeys()));
            assertEquals(expected, present, language);
            assertEquals(new Locale(language).getLanguage(), NotificationTemplates.bundle(language).getLocale().getLanguage(),
                    "the bundle of " + language + " itself, no fallback");
        }
    }

    @Test
    void everyMessageNamesTheReferenceAndTheLinkAndNothingToBeFilledIsLeft() throws IOException {
        for (String language : NotificationTemplates.LANGUAGES) {
            for (String key : keys()) {
                if (key.equals(NotificationTemplates.TITLE)) {
                    continue;
                }
                String text = rendered(language, key);
                assertTrue(text.contains(LONGEST_REFERENCE), language + " " + key);
                if (key.startsWith("DUTY_")) {
                    assertEquals(latin(language), text.contains(dutyLink()), language + " " + key + ": " + text);
                } else {
                    assertTrue(text.contains(trackingLink()), language + " " + key);
                }
                assertTrue(!text.contains("{") && !text.contains("}"), language + " " + key + ": " + text);
            }
        }
    }

    @Test
    void aVictimsTextIsOneSegmentInEveryLanguage() throws IOException {
        for (String language : NotificationTemplates.LANGUAGES) {
            SmsEncoding encoding = latin(language) ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
            for (NotificationEvent event : NotificationEvent.values()) {
                String text = rendered(language, event.name());
                assertEquals(encoding, SmsText.encoding(text), language + " " + event + ": " + text);
                assertEquals(1, SmsText.segments(text), language + " " + event + " (" + text.length() + "): " + text);
            }
        }
    }

    @Test
    void aDutyTextIsOneSegmentInEveryLanguage() throws IOException {
        for (String language : NotificationTemplates.LANGUAGES) {
            for (DutyMessage message : DutyMessage.values()) {
                String text = rendered(language, message.name());
                if (latin(language)) {
                    assertEquals(SmsEncoding.GSM7, SmsText.encoding(text), language + " " + message);
                    assertEquals(1, SmsText.segments(text), language + " " + message + ": " + text);
                } else {
                    assertEquals(SmsEncoding.UCS2, SmsText.encoding(text), language + " " + message);
                    assertEquals(1, SmsText.segments(text), language + " " + message + " (" + text.length() + "): " + text);
                }
            }
        }
    }

    @Test
    void noMessageSaysWhatTheServiceIsAbout() throws IOException {
        for (String language : NotificationTemplates.LANGUAGES) {
            for (String key : keys()) {
                String text = NotificationTemplates.template(language, key).toLowerCase(Locale.ROOT);
                for (String word : FORBIDDEN.get(language)) {
                    assertTrue(!text.contains(word), language + " " + key + " says '" + word + "': " + text);
                }
            }
        }
    }

    private static boolean latin(String language) {
        return language.equals("en") || language.equals("fr");
    }
}
