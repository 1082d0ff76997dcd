package org.sanad.complaints.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanad.complaints.api.ReferenceData;
import org.sanad.complaints.domain.HelpLineKind;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The jurisdiction's help lines, read from {@code intake.help-lines}: a file, or else a classpath
 * resource ({@code help-lines/iq.json}, {@code help-lines/ma.json}, the one of the jurisdiction's
 * code by default). Numbers are data the deploying ministry confirms, each cited to its source in
 * the file, never code. A line without its name (or its hours, where it gives hours) in one of the
 * jurisdiction's languages is a gap, as a missing label is, and stops the service at start.
 */
public final class HelpLines {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** What a phone's keypad dials: a short code or a number, an optional leading + and single spaces. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9]+( [0-9]+)*");
    private static final int MAX_NUMBER_LENGTH = 20;

    /** The file's shape; its {@code about} and each line's {@code source} are for people. */
    record Data(String jurisdiction, String about, List<Line> helpLines) {
    }

    record Line(String id, HelpLineKind kind, String number, Map<String, String> labels, Map<String, String> hours,
            Boolean alwaysOpen, Boolean forSelfHarm, String source) {
    }

    private final String location;
    private final Data data;

    private HelpLines(String location, Data data) {
        this.location = location;
        this.data = data;
    }

    /** The help lines at {@code location}; a file that does not read stops the service at start. */
    public static HelpLines read(String location, ObjectMapper json) {
        try (InputStream in = open(location)) {
            return new HelpLines(location, json.readerFor(Data.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in));
        } catch (IOException e) {
            throw new UncheckedIOException("intake.help-lines " + location + " cannot be read", e);
        }
    }

    /**
     * The lines as the reference data gives them, their texts in {@code languages} in that order;
     * what keeps one from being complete for jurisdiction {@code code} is added to {@code gaps}.
     */
    public List<ReferenceData.HelpLine> in(String code, List<String> languages, List<String> gaps) {
        String file = "intake.help-lines " + location;
        if (!code.equals(data.jurisdiction())) {
            gaps.add(file + " is for " + data.jurisdiction() + ", not " + code);
        }
        List<Line> lines = data.helpLines() == null ? List.of() : data.helpLines();
        if (lines.stream().noneMatch(line -> Boolean.TRUE.equals(line.forSelfHarm()))) {
            gaps.add(file + " has no line forSelfHarm, to show first when a victim signals a risk of harming themselves");
        }
        Set<String> ids = new HashSet<>();
        List<ReferenceData.HelpLine> checked = new ArrayList<>();
        for (Line line : lines) {
            String name = "help line " + line.id();
            if (line.id() == null || !ID.matcher(line.id()).matches() || !ids.add(line.id())) {
                gaps.add(file + ": " + name + " has no id of lower-case words and hyphens, or one another line has");
            }
            if (line.kind() == null) {
                gaps.add(name + " names no kind");
            }
            if (line.number() == null || line.number().length() > MAX_NUMBER_LENGTH || !NUMBER.matcher(line.number()).matches()) {
                gaps.add(name + " has no number a phone dials (digits, an optional leading +, single spaces)");
            }
            if (line.alwaysOpen() == null || line.forSelfHarm() == null) {
                gaps.add(name + " does not say alwaysOpen and forSelfHarm (true or false)");
            }
            Map<String, String> labels = texts(line.labels(), languages, name + " label", gaps);
            Map<String, String> hours = line.hours() == null ? null : texts(line.hours(), languages, name + " hours", gaps);
            checked.add(new ReferenceData.HelpLine(line.id(), line.kind(), line.number(), labels, hours,
                    Boolean.TRUE.equals(line.alwaysOpen()), Boolean.TRUE.equals(line.forSelfHarm())));
        }
        return checked;
    }

    /** {@code byLanguage}'s text in each of {@code languages}, in their order; each one missing a gap {@code language: what}. */
    private static Map<String, String> texts(Map<String, String> byLanguage, List<String> languages, String what,
            List<String> gaps) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : languages) {
            String text = byLanguage == null ? null : byLanguage.get(language);
            if (text == null || text.isBlank()) {
                gaps.add(language + ": " + what);
            } else {
                texts.put(language, text.strip());
            }
        }
        return texts;
    }

    private static InputStream open(String location) throws IOException {
        Path file = Path.of(location);
        if (Files.isRegularFile(file)) {
            return Files.newInputStream(file);
        }
        InputStream resource = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        if (resource == null) {
            throw new IOException("neither a file nor a classpath resource");
        }
        return resource;
    }
}
