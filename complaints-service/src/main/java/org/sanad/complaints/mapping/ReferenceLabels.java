package org.sanad.complaints.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The labels of the reference data in the jurisdiction's languages, one message file per language
 * ({@code messages/labels_<language>.properties}, Arabic the reference). There is no fallback: a
 * label missing in one of the languages is a gap to fill, named by {@link #missing()}, never an
 * English word shown to a Kurdish reader.
 */
public final class ReferenceLabels {

    private final Map<String, Properties> byLanguage = new LinkedHashMap<>();
    private final List<String> missing = new ArrayList<>();

    /** @param languages BCP 47 codes, in the order the labels are given */
    public ReferenceLabels(List<String> languages) {
        for (String language : languages) {
            byLanguage.put(language, load(language));
        }
    }

    /** The text of {@code key} in each language, in the order of the languages. */
    public Map<String, String> of(String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        byLanguage.forEach((language, labels) -> {
            String text = labels.getProperty(key);
            if (text == null || text.isBlank()) {
                missing.add(language + ": " + key);
            } else {
                texts.put(language, text.strip());
            }
        });
        return texts;
    }

    /** Each {@code language: key} asked for and not found, in the order asked. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    private Properties load(String language) {
        Properties labels = new Properties();
        String file = "messages/labels_" + language + ".properties";
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                missing.add(language + ": the file " + file);
            } else {
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return labels;
    }
}
