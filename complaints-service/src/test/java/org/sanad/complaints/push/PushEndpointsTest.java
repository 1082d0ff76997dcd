package org.sanad.complaints.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** push.allowed-hosts: which endpoints the service may post to. */
class PushEndpointsTest {

    private static final PushEndpoints DEFAULTS = PushEndpoints.of(
            List.of("fcm.googleapis.com", "updates.push.services.mozilla.com", "*.notify.windows.com", "web.push.apple.com"));

    private static boolean allowed(PushEndpoints endpoints, String endpoint) {
        return PushEndpoints.url(endpoint).map(endpoints::allows).orElse(false);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://fcm.googleapis.com/fcm/send/a:b", "https://updates.push.services.mozilla.com/wpush/v2/x",
            "https://wns2-par02p.notify.windows.com/w/?token=x", "https://a.b.notify.windows.com/w",
            "https://web.push.apple.com/QO2P", "HTTPS://Web.Push.Apple.com:443/x" })
    void theMajorPushServicesAreAllowedByDefault(String endpoint) {
        assertTrue(allowed(DEFAULTS, endpoint), endpoint);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://fcm.googleapis.com/fcm/send/a", "https://fcm.googleapis.com:8443/x",
            "https://fcm.googleapis.com./x", "https://xfcm.googleapis.com/x", "https://notify.windows.com/w",
            "https://evilnotify.windows.com/w", "https://notify.windows.com.evil.example/w", "https://127.0.0.1/x",
            "http://127.0.0.1:8080/push/x", "https://u:p@fcm.googleapis.com/x", "ftp://fcm.googleapis.com/x",
            "fcm.googleapis.com/x", "https:///x" })
    void anythingElseIsNot(String endpoint) {
        assertFalse(allowed(DEFAULTS, endpoint), endpoint);
    }

    @Test
    void plainHttpIsLetThroughOnlyToTheHostAndPortAnEntryNames() {
        PushEndpoints tests = PushEndpoints.of(List.of("fcm.googleapis.com", "http://127.0.0.1:*", "http://push.test:8089"));

        assertTrue(tests.plainHttp());
        assertFalse(DEFAULTS.plainHttp());
        assertTrue(allowed(tests, "http://127.0.0.1:40123/push/x"));
        assertTrue(allowed(tests, "http://push.test:8089/push/x"));
        assertFalse(allowed(tests, "http://push.test:8090/push/x"));
        assertFalse(allowed(tests, "http://localhost:40123/push/x"));
        assertFalse(allowed(tests, "https://127.0.0.1/push/x"), "an http entry allows http, not https");
        assertFalse(allowed(tests, "http://fcm.googleapis.com/x"), "a host entry allows https only");
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", "*.", "https://fcm.googleapis.com", "fcm.googleapis.com/x", "http://127.0.0.1",
            "http://127.0.0.1:x", "fcm..googleapis.com", "*.*.example" })
    void anEntryThatIsNotAHostStopsTheService(String entry) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> PushEndpoints.of(List.of(entry)));
        assertTrue(refused.getMessage().startsWith("push.allowed-hosts: '" + entry + "'"), refused.getMessage());
    }

    @Test
    void onlyTheHostOfAnEndpointIsEverShown() {
        assertEquals("fcm.googleapis.com", PushEndpoints.hostOf("https://fcm.googleapis.com/fcm/send/secret-capability"));
        assertEquals("(not a URL)", PushEndpoints.hostOf("not a url"));
        assertEquals("(not a URL)", PushEndpoints.hostOf(null));
    }

    @Test
    void urlsNeedASchemeOfTheWebAndAHost() {
        assertEquals(URI.create("https://fcm.googleapis.com/x"), PushEndpoints.url("https://fcm.googleapis.com/x").orElseThrow());
        assertTrue(PushEndpoints.url("mailto:x@y").isEmpty());
    }
}
