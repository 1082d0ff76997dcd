package org.sanad.core.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sanad.core.problem.ProblemException;

/**
 * Query parameters parsed by hand: JAX-RS answers 404 when it cannot convert one, where the
 * client deserves a 400 that names the parameter.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(name, "param.enum.invalid");
        }
    }

    public static <E extends Enum<E>> Set<E> enumValues(Class<E> type, List<String> values, String name) {
        Set<E> parsed = EnumSet.noneOf(type);
        for (String value : values) {
            for (String part : value.split(",")) {
                E element = enumValue(type, part, name);
                if (element != null) {
                    parsed.add(element);
                }
            }
        }
        return parsed;
    }

    public static LocalDate date(String value, String name, LocalDate absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "param.date.invalid");
        }
    }

    public static Instant instant(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, "param.instant.invalid");
        }
    }

    public static Boolean bool(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField(name, "param.boolean.invalid");
        };
    }
}
