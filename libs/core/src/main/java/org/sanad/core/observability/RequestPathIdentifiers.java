package org.sanad.core.observability;

import java.util.regex.Pattern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * The request timer's {@code uri} without identifiers. Quarkus names a matched request by its
 * route's template ({@code /complaints/{id}}), but a request refused before a route matched it
 * (an unsupported media type, a method the path does not take) by its own path: a complaint's id
 * or a tracking number would then be a label, and every such request a new series. Each segment
 * of the path with a digit in it, or longer than {@value #LONGEST_NAME} characters, becomes
 * {@code {id}}: no route of the suite has a digit in a fixed segment, and none so long.
 */
public class RequestPathIdentifiers {

    static final int LONGEST_NAME = 24;

    private static final Pattern IDENTIFIER = Pattern.compile("(?<=/)(?:[^/]*\\d[^/]*|[^/]{" + (LONGEST_NAME + 1) + ",})(?=/|$)");

    @Produces
    @Singleton
    MeterFilter requestPathIdentifiers() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getName().startsWith("http.server.") ? id.getTag("uri") : null;
                if (uri == null) {
                    return id;
                }
                String templated = templated(uri);
                return templated.equals(uri) ? id : id.replaceTags(id.getTags().stream()
                        .map(tag -> tag.getKey().equals("uri") ? Tag.of("uri", templated) : tag).toList());
            }
        };
    }

    /** The path with each identifier segment replaced by {@code {id}}; a template is answered as it is. */
    static String templated(String uri) {
        return IDENTIFIER.matcher(uri).replaceAll("{id}");
    }
}
