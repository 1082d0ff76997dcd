package org.sanad.referrals.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.Statute;
import org.sanad.referrals.config.ReferralsConfig;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.Startup;

/**
 * The courts referrals go to and the statutes charges cite: data, read once at start from
 * {@code referrals.catalogue} (Iraq by default). A catalogue that does not read, or repeats a
 * code, stops the service from starting rather than refusing referrals later.
 */
@Startup
@ApplicationScoped
public class Catalogue {

    /** The file's shape; its {@code about} and per-entry notes are for people. */
    record Data(String jurisdiction, String timeZone, List<Court> courts, List<Statute> statutes) {
    }

    private final ZoneId defaultTimeZone;
    private final List<Court> courts;
    private final List<Statute> statutes;
    private final Map<String, Court> courtsByCode;
    private final Map<String, Statute> statutesByCode;

    @Inject
    public Catalogue(ReferralsConfig config, ObjectMapper json) {
        this(config.catalogue(), json);
    }

    /** The catalogue at {@code location}: a file, or else a classpath resource. */
    Catalogue(String location, ObjectMapper json) {
        this(location, read(location, json));
    }

    /** {@code location} only names the catalogue in what a refusal to start says. */
    Catalogue(String location, Data data) {
        if (data.courts() == null || data.courts().isEmpty() || data.statutes() == null || data.statutes().isEmpty()) {
            throw new IllegalStateException("referrals.catalogue " + location + " lists no courts or statutes");
        }
        defaultTimeZone = zone(location, "the catalogue", data.timeZone());
        courts = data.courts().stream().map(court -> zoned(location, court, defaultTimeZone)).toList();
        statutes = List.copyOf(data.statutes());
        courtsByCode = courts.stream().collect(Collectors.toMap(Court::code, Function.identity()));
        statutesByCode = statutes.stream().collect(Collectors.toMap(Statute::code, Function.identity()));
    }

    /** The court with its own zone, checked, or the catalogue's. */
    private static Court zoned(String location, Court court, ZoneId catalogueZone) {
        if (court.timeZone() == null) {
            return court.in(catalogueZone.getId());
        }
        zone(location, "court " + court.code(), court.timeZone());
        return court;
    }

    private static ZoneId zone(String location, String whose, String zone) {
        if (zone == null) {
            throw new IllegalStateException("referrals.catalogue " + location + ": " + whose + " names no timeZone");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalStateException("referrals.catalogue " + location + ": " + whose + " names an unknown timeZone " + zone);
        }
    }

    private static Data read(String location, ObjectMapper json) {
        try (InputStream in = open(location)) {
            return json.readerFor(Data.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("referrals.catalogue " + location + " cannot be read", e);
        }
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

    public List<Court> courts() {
        return courts;
    }

    public List<Statute> statutes() {
        return statutes;
    }

    public Optional<Court> court(String code) {
        return Optional.ofNullable(courtsByCode.get(code));
    }

    public Optional<Statute> statute(String code) {
        return Optional.ofNullable(statutesByCode.get(code));
    }

    /** The zone of a court the catalogue no longer lists: the catalogue's own. */
    public ZoneId defaultTimeZone() {
        return defaultTimeZone;
    }

    /** The court's name for messages and the case timeline; the code itself for a court no longer listed. */
    public String courtName(String code) {
        return court(code).map(Court::nameEn).orElse(code);
    }
}
