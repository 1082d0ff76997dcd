package org.sanad.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the suite's SMSC received (smsc-simulator, a real SMPP 3.4 server that scripts/run-local.sh
 * starts before complaints-service), read at the server through its HTTP API: the messages as the
 * operator's SMSC would have taken them, decoded, not what complaints-service says it sent.
 */
final class Smsc {

    /** Instance 1's HTTP port (scripts/service.sh: SMPP on 2775, what it received on 2780). */
    private static final String MESSAGES = "http://localhost:2780/messages";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Smsc() {
    }

    /** The texts sent to {@code phone} (E.164), oldest first. */
    static List<String> textsTo(String phone) {
        URI uri = URI.create(MESSAGES + "?to=" + URLEncoder.encode(phone, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new AssertionError("the SMSC simulator answered " + answer.statusCode() + ": " + answer.body());
            }
            List<String> texts = new ArrayList<>();
            for (JsonNode message : Suite.json(answer.body())) {
                texts.add(message.path("text").asText());
            }
            return texts;
        } catch (IOException e) {
            throw new IllegalStateException("the SMSC simulator cannot be read at " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A mobile number of this run in E.164, for a victim to be texted at. */
    static String newPhone() {
        return "+964" + Story.newPhone().substring(1);
    }
}
