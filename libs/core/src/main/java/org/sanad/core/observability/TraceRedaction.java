package org.sanad.core.observability;

import java.net.URI;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps out of every span what a tracing backend must never hold: the request's real path (a
 * tracking number is a filer's only credential, identifiers and case numbers name people) and its
 * query (an officer's search by a victim's phone). A server span keeps its route template
 * ({@code http.route}, set by Quarkus), which is what a trace needs; a client span keeps the
 * called service's origin. Quarkus adds every SpanProcessor bean to the tracer provider, and a
 * span's attributes are replaced here, when it starts, before any exporter sees it.
 */
@ApplicationScoped
public class TraceRedaction implements SpanProcessor {

    static final String REDACTED = "[redacted]";
    private static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
    private static final AttributeKey<String> HTTP_TARGET = AttributeKey.stringKey("http.target");
    private static final AttributeKey<String> HTTP_URL = AttributeKey.stringKey("http.url");

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        replace(span, URL_PATH, REDACTED);
        replace(span, URL_QUERY, REDACTED);
        replace(span, HTTP_TARGET, REDACTED);
        String full = span.getAttribute(URL_FULL);
        if (full != null) {
            span.setAttribute(URL_FULL, originOf(full));
        }
        String legacyFull = span.getAttribute(HTTP_URL);
        if (legacyFull != null) {
            span.setAttribute(HTTP_URL, originOf(legacyFull));
        }
    }

    private static void replace(ReadWriteSpan span, AttributeKey<String> key, String value) {
        if (span.getAttribute(key) != null) {
            span.setAttribute(key, value);
        }
    }

    /** scheme://host:port of a URL, or the redaction mark when it cannot be parsed. */
    static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return REDACTED;
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return REDACTED;
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // nothing: the attributes were replaced when the span started
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
