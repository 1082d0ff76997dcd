package org.sanad.complaints.push;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The push services a subscription may send this service to ({@code push.allowed-hosts}). An
 * endpoint comes from whoever files, anonymous filers included, and the service then posts to it:
 * without this list it would post wherever it is told, inside the cluster too.
 * <p>
 * An entry is a host name (the endpoint must be https on port 443 and name exactly that host), or
 * {@code *.} and a domain (any host under the domain, not the domain itself). An entry
 * {@code http://<host>:<port>} (or {@code :*}, any port) lets plain HTTP through to that host: the
 * tests' push service has no certificate, and {@link #plainHttp} lets the service refuse to start
 * with one in production.
 */
final class PushEndpoints {

    private static final String ANY_UNDER = "*.";
    private static final String PLAIN = "http://";
    private static final String ANY_PORT = "*";

    private record Entry(String host, boolean anyUnder, boolean plainHttp, Integer port) {

        boolean allows(URI endpoint) {
            String scheme = endpoint.getScheme().toLowerCase(Locale.ROOT);
            String name = endpoint.getHost().toLowerCase(Locale.ROOT);
            if (plainHttp) {
                return scheme.equals("http") && name.equals(host) && (port == null || port == endpoint.getPort());
            }
            boolean hostMatches = anyUnder ? name.endsWith("." + host) : name.equals(host);
            return scheme.equals("https") && hostMatches && (endpoint.getPort() == -1 || endpoint.getPort() == 443);
        }
    }

    private final List<Entry> entries;

    private PushEndpoints(List<Entry> entries) {
        this.entries = entries;
    }

    /** The rule of {@code push.allowed-hosts}; an entry it cannot read stops the service at start. */
    static PushEndpoints of(List<String> allowedHosts) {
        return new PushEndpoints(allowedHosts.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(PushEndpoints::entry).toList());
    }

    /** Whether an entry lets plain HTTP through: for the tests' push service only. */
    boolean plainHttp() {
        return entries.stream().anyMatch(Entry::plainHttp);
    }

    /** {@code endpoint} as a URI, when it is an absolute http(s) URL with a host and no user information. */
    static Optional<URI> url(String endpoint) {
        if (endpoint == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpoint);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("https") || scheme.equals("http");
            return web && uri.getHost() != null && uri.getRawUserInfo() == null ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Whether this service may post to {@code endpoint}. */
    boolean allows(URI endpoint) {
        return entries.stream().anyMatch(entry -> entry.allows(endpoint));
    }

    /** The host of {@code endpoint}, all of it a log line may name: the rest is a capability. */
    static String hostOf(String endpoint) {
        return url(endpoint).map(URI::getHost).orElse("(not a URL)");
    }

    private static Entry entry(String text) {
        String entry = text.toLowerCase(Locale.ROOT);
        if (entry.startsWith(PLAIN)) {
            String hostAndPort = entry.substring(PLAIN.length());
            int colon = hostAndPort.lastIndexOf(':');
            if (colon <= 0) {
                throw unreadable(text);
            }
            String port = hostAndPort.substring(colon + 1);
            try {
                return new Entry(host(hostAndPort.substring(0, colon), text), false, true,
                        port.equals(ANY_PORT) ? null : Integer.valueOf(port));
            } catch (NumberFormatException e) {
                throw unreadable(text);
            }
        }
        if (entry.startsWith(ANY_UNDER)) {
            return new Entry(host(entry.substring(ANY_UNDER.length()), text), true, false, null);
        }
        return new Entry(host(entry, text), false, false, null);
    }

    private static String host(String host, String entry) {
        if (!host.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*")) {
            throw unreadable(entry);
        }
        return host;
    }

    private static IllegalStateException unreadable(String entry) {
        return new IllegalStateException("push.allowed-hosts: '" + entry + "' is neither a host name, nor *. and a "
                + "domain, nor http://<host>:<port or *> (tests only)");
    }
}
