package org.sanad.complaints.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanad.complaints.sms.SmsEncoding;
import org.sanad.complaints.sms.SmsText;

/** docs/notifications/messages.md shows every message as the bundles hold it, with its encoding and segments: it cannot drift. */
class MessagesDocTest {

    static final Path DOC = Path.of("..", "docs", "notifications", "messages.md");

    @Test
    void theDocumentsTablesAreTheBundlesRenderedWithTheLongestReference() throws IOException {
        List<String> expectedTexts = new ArrayList<>();
        List<String> expectedTitles = new ArrayList<>();
        for (String key : NotificationTemplatesTest.keys()) {
            for (String language : NotificationTemplates.LANGUAGES) {
                String template = NotificationTemplates.template(language, key);
                if (key.equals(NotificationTemplates.TITLE)) {
                    expectedTitles.add(row(key, language, template));
                    continue;
                }
                String rendered = NotificationTemplatesTest.rendered(language, key);
                String encoding = SmsText.encoding(rendered) == SmsEncoding.GSM7 ? "GSM-7" : "UCS-2";
                expectedTexts.add(row(key, language, template, encoding, String.valueOf(SmsText.segments(rendered))));
            }
        }
        List<String> documented = Files.readAllLines(DOC, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| Key ") && !line.startsWith("| Event "))
                .filter(line -> line.split(" \\| ").length >= 3)
                .toList();
        List<String> documentedTexts = documented.stream().filter(line -> line.split(" \\| ").length == 5).toList();
        List<String> documentedTitles = documented.stream().filter(line -> line.startsWith("| title |")).toList();

        assertEquals(String.join("\n", expectedTexts), String.join("\n", documentedTexts));
        assertEquals(String.join("\n", expectedTitles), String.join("\n", documentedTitles));
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }
}
