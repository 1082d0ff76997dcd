package org.sanad.referrals.rules;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Which endpoints a court system may have notifications posted to. The service posts from inside
 * the suite's network, so an endpoint is {@code https} on a public address: never loopback, a
 * private range, link-local (the cloud's metadata service), carrier-grade NAT, unique-local IPv6,
 * multicast or the unspecified address, whatever name it is reached by. Every address the name
 * resolves to is checked, at registration and again before each delivery (a name may be pointed
 * elsewhere since). {@code allowInsecure} lets tests and local runs use {@code http} and this machine's
 * loopback address; the other internal ranges stay refused even then.
 */
public final class WebhookUrls {

    /** Looks a host name up; {@link InetAddress#getAllByName} outside tests. */
    @FunctionalInterface
    public interface Resolver {

        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    public static final int MAX_LENGTH = 2000;

    private WebhookUrls() {
    }

    /** Why {@code url} is refused, as a message key; empty when it may be used. */
    public static Optional<String> refusal(String url, boolean allowInsecure, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("webhook.url.invalid");
        }
        if (url.length() > MAX_LENGTH || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return Optional.of("webhook.url.invalid");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            return Optional.of("webhook.url.not-https");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("webhook.url.unresolved");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address) && !(allowInsecure && address.isLoopbackAddress())) {
                return Optional.of("webhook.url.not-public");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 carrier-grade NAT, 192.0.0.0/24 protocol assignments,
            // 198.18.0.0/15 benchmarking, 240.0.0.0/4 reserved and the broadcast address
            return first != 0 && !(first == 100 && second >= 64 && second < 128)
                    && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0)
                    && !(first == 198 && (second == 18 || second == 19)) && first < 240;
        }
        if (address instanceof Inet6Address) {
            Optional<InetAddress> embedded = embeddedIpv4(bytes);
            if (embedded.isPresent()) {
                return isPublic(embedded.get());
            }
            // fc00::/7 unique-local
            return (bytes[0] & 0xfe) != 0xfc;
        }
        return false;
    }

    /**
     * The IPv4 address an IPv6 one carries and reaches: mapped ({@code ::ffff:0:0/96}) and
     * compatible ({@code ::/96}) addresses, NAT64 ({@code 64:ff9b::/96}) and 6to4
     * ({@code 2002::/16}). A literal mapped address reaches Java as an IPv4 one already; one a
     * name resolves to (an AAAA record of {@code ::ffff:169.254.169.254}) does not, and a
     * dual-stack socket would connect to the IPv4 address it carries.
     */
    static Optional<InetAddress> embeddedIpv4(byte[] ipv6) {
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) {
            firstTenZero &= ipv6[i] == 0;
        }
        boolean mapped = firstTenZero && (ipv6[10] & 0xff) == 0xff && (ipv6[11] & 0xff) == 0xff;
        boolean compatible = firstTenZero && ipv6[10] == 0 && ipv6[11] == 0;
        boolean nat64 = (ipv6[0] & 0xff) == 0x00 && (ipv6[1] & 0xff) == 0x64 && (ipv6[2] & 0xff) == 0xff
                && (ipv6[3] & 0xff) == 0x9b && IntStream.range(4, 12).allMatch(i -> ipv6[i] == 0);
        try {
            if (mapped || compatible || nat64) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(ipv6, 12, 16)));
            }
            if ((ipv6[0] & 0xff) == 0x20 && (ipv6[1] & 0xff) == 0x02) {
                return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(ipv6, 2, 6)));
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
        return Optional.empty();
    }
}
