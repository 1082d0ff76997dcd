package org.sanad.complaints.rest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.HttpHeaders;

import org.sanad.core.http.HttpLimits;

import io.vertx.ext.web.Router;

/**
 * Anonymous means anonymous: on the anonymous filing and tracking routes any credentials a client
 * sends are dropped before anything reads them. A logged-in phone that files "anonymously" leaves
 * no subject on the complaint, its history or its custody, and an expired token cannot turn
 * anonymous filing into a 401. The reference data ({@link ReferenceDataResource}) is the same
 * document for everyone, read before anyone decides to log in: its credentials are dropped too, so a
 * logged-in frontend's token is accepted and ignored and an expired one cannot hide it. So is the
 * Web Push key ({@link WebPushKeyResource}), which the portal reads logged in or not.
 * <p>
 * This must happen on the HTTP router, before authentication and before the REST layer has matched
 * a resource method, so it goes by the path: by {@link #canonical its canonical form}, at least as
 * broad as what the REST router matches. (The services record no subject on these routes even if
 * credentials got through: {@code Caller#actAnonymously}.)
 */
@ApplicationScoped
public class AnonymousRoutes {

    /** Anonymous filing. */
    static final String FILING = "/anonymous-complaints";
    /** Everything an anonymous filer does afterwards, with the tracking number and its secret. */
    static final String TRACKING = "/tracking/";
    /** The jurisdiction's reference data, public and the same for every caller. */
    static final String REFERENCE_DATA = "/reference-data";
    /** The Web Push key, public and the same for every caller. */
    static final String WEB_PUSH_KEY = "/notifications/web-push-key";

    /** Whether the request to {@code path} (as Vert.x normalised it) is answered by a route that reads no credentials. */
    static boolean dropsCredentials(String path) {
        String canonical = canonical(path);
        return canonical.equals(FILING) || canonical.startsWith(TRACKING) || canonical.equals(REFERENCE_DATA)
                || canonical.equals(WEB_PUSH_KEY);
    }

    /**
     * The path as the REST router reads it, or broader: every percent-encoding decoded, each
     * segment's matrix parameters ({@code ;x=1}) dropped, empty segments ({@code //}, a trailing
     * {@code /}) and dot segments resolved, lower case. The router is case-sensitive and leaves an
     * encoded {@code /} inside its segment; reading more paths as anonymous than it does only drops
     * credentials where no route would have used them.
     */
    static String canonical(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : decode(path == null ? "" : path).split("/")) {
            int matrix = segment.indexOf(';');
            String name = matrix < 0 ? segment : segment.substring(0, matrix);
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name.toLowerCase(Locale.ROOT));
            }
        }
        return "/" + String.join("/", segments);
    }

    /** Percent-decodes until nothing is left to decode (a double encoding too); a malformed escape stays as it is. */
    private static String decode(String path) {
        String decoded = path;
        for (int round = 0; round < 4 && decoded.indexOf('%') >= 0; round++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int i = 0;
            while (i < decoded.length()) {
                if (decoded.charAt(i) == '%' && isHex(decoded, i + 1) && isHex(decoded, i + 2)) {
                    bytes.write(HexFormat.fromHexDigits(decoded, i + 1, i + 3));
                    i += 3;
                } else {
                    int codePoint = decoded.codePointAt(i);
                    bytes.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
                    i += Character.charCount(codePoint);
                }
            }
            decoded = bytes.toString(StandardCharsets.UTF_8);
        }
        return decoded;
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && HexFormat.isHexDigit(text.charAt(index));
    }

    void dropCredentials(@Observes Router router) {
        router.route().order(HttpLimits.ORDER + 1).handler(context -> {
            if (dropsCredentials(context.normalizedPath())) {
                context.request().headers().remove(HttpHeaders.AUTHORIZATION);
                context.request().headers().remove(HttpHeaders.COOKIE);
            }
            context.next();
        });
    }
}
