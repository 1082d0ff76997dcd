package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A court's endpoint is HTTPS on a public address, whatever its name resolves to (the production
 * default); the switch for tests and local runs opens http and loopback, and nothing else.
 */
class WebhookUrlsTest {

    /**
     * Resolves a host {@code a-b-c-d.test} (or {@code v6-…}) to the address it spells, as a name
     * server pointing anywhere would; {@code aaaa-<32 hex digits>.test} to those sixteen bytes as an
     * IPv6 address, as an AAAA record gives it (never turned into an IPv4 address, as a literal is).
     */
    private static InetAddress[] resolve(String host) throws UnknownHostException {
        if (host.endsWith(".unknown")) {
            throw new UnknownHostException(host);
        }
        if (host.startsWith("aaaa-") && host.endsWith(".test")) {
            byte[] bytes = HexFormat.of().parseHex(host.substring("aaaa-".length(), host.length() - ".test".length()));
            return new InetAddress[] { Inet6Address.getByAddress(null, bytes, null) };
        }
        if (host.endsWith(".test")) {
            String name = host.substring(0, host.length() - ".test".length());
            return new InetAddress[] { InetAddress.getByName(name.startsWith("v6-") ? name.substring(3).replace('-', ':')
                    : name.replace('-', '.')) };
        }
        return InetAddress.getAllByName(host);
    }

    private static Optional<String> production(String url) {
        return WebhookUrls.refusal(url, false, WebhookUrlsTest::resolve);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://8-8-8-8.test/hooks", "https://8-8-8-8.test:8443/sanad?court=1",
            "https://v6-2001-4860-4860--8888.test/x", "https://1.1.1.1/x" })
    void anHttpsEndpointOnAPublicAddressIsTaken(String url) {
        assertEquals(Optional.empty(), production(url));
    }

    @ParameterizedTest
    @CsvSource({
            "http://8-8-8-8.test/hooks, webhook.url.not-https",
            "ftp://8-8-8-8.test/hooks, webhook.url.not-https",
            "https://127-0-0-1.test/x, webhook.url.not-public",
            "https://localhost/x, webhook.url.not-public",
            "https://127.0.0.1/x, webhook.url.not-public",
            "https://[::1]/x, webhook.url.not-public",
            "https://10-0-0-5.test/x, webhook.url.not-public",
            "https://172-16-3-4.test/x, webhook.url.not-public",
            "https://192-168-1-1.test/x, webhook.url.not-public",
            "https://169-254-169-254.test/latest/meta-data, webhook.url.not-public",
            "https://100-64-0-1.test/x, webhook.url.not-public",
            "https://0-0-0-0.test/x, webhook.url.not-public",
            "https://224-0-0-1.test/x, webhook.url.not-public",
            "https://255-255-255-255.test/x, webhook.url.not-public",
            "https://v6-fd00--1.test/x, webhook.url.not-public",
            "https://v6-fe80--1.test/x, webhook.url.not-public",
            "https://aaaa-00000000000000000000ffffa9fea9fe.test/latest/meta-data, webhook.url.not-public",
            "https://aaaa-00000000000000000000ffff0a000005.test/x, webhook.url.not-public",
            "https://aaaa-0000000000000000000000000a000005.test/x, webhook.url.not-public",
            "https://aaaa-0064ff9b0000000000000000a9fea9fe.test/x, webhook.url.not-public",
            "https://aaaa-20020a00000500000000000000000001.test/x, webhook.url.not-public",
            "https://nowhere.unknown/x, webhook.url.unresolved",
            "https://user:pw@8-8-8-8.test/x, webhook.url.invalid",
            "https://8-8-8-8.test/x#part, webhook.url.invalid",
            "/relative/path, webhook.url.invalid",
            "https://exa mple.com/, webhook.url.invalid" })
    void anythingElseIsRefusedWithItsReason(String url, String reason) {
        assertEquals(Optional.of(reason), production(url));
    }

    @ParameterizedTest
    @CsvSource({
            "http://localhost:8089/hook, ",
            "http://127-0-0-1.test/hook, ",
            "http://10-0-0-5.test/x, webhook.url.not-public",
            "http://169-254-169-254.test/x, webhook.url.not-public",
            "ftp://localhost/x, webhook.url.not-https" })
    void theLocalSwitchOpensHttpAndLoopbackOnly(String url, String reason) {
        assertEquals(Optional.ofNullable(reason), WebhookUrls.refusal(url, true, WebhookUrlsTest::resolve));
    }
}
