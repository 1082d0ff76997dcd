package org.sanad.complaints.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Credentials are dropped on every spelling of the anonymous routes', the reference data's and the Web Push key's paths the REST router answers. */
class AnonymousRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = { "/anonymous-complaints", "/anonymous-complaints/", "//anonymous-complaints",
            "/anonymous-complaints//", "/anonymous-complaints;x=1", "/anonymous-complaints/;x=1", "/anonymous-complaints;/",
            "/%61nonymous-complaints", "/anonymous%2Dcomplaints", "/anonymous-complaints%2F", "/anonymous-complaints%252F",
            "/./anonymous-complaints", "/x/../anonymous-complaints", "/anonymous-complaints/.", "/Anonymous-Complaints",
            "/ANONYMOUS-COMPLAINTS/", "/tracking/IQ-2026-AAAA-BBBB", "/tracking/IQ-2026-AAAA-BBBB/", "//tracking/X",
            "/tracking//X", "/tracking;x=1/X", "/tracking/X;x=1", "/%74racking/X", "/tracking%2FX", "/TRACKING/X",
            "/tracking/./X/evidence", "/tracking/X/evidence/", "/tracking/X/supplements;a=b", "/reference-data",
            "/reference-data/", "/reference-data;v=1", "/Reference-Data", "/%72eference-data", "/x/../reference-data",
            "/notifications/web-push-key", "/notifications/web-push-key/", "/Notifications//Web-Push-Key" })
    void everySpellingOfAnAnonymousRouteDropsCredentials(String path) {
        assertTrue(AnonymousRoutes.dropsCredentials(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/complaints", "/complaints/anonymous-complaints", "/anonymous-complaintsx",
            "/anonymous-complaints/x", "/tracking", "/tracking/", "/trackingx/X", "/complaints/tracking/X", "/", "",
            "/anonymous-complaints%", "/%zzanonymous-complaints", "/reference-data/x", "/reference-datax",
            "/complaints/reference-data", "/notifications", "/notifications/web-push-keyx",
            "/complaints/x/notifications" })
    void otherPathsKeepTheirCredentials(String path) {
        assertFalse(AnonymousRoutes.dropsCredentials(path), path);
    }

    @ParameterizedTest
    @CsvSource({ "/a//b/, /a/b", "/a;x=1/b;y, /a/b", "/a/%2E%2E/b, /b", "/A/%C3%89, /a/é", "/a/%e2%80%ae, /a/\u202e",
            "/a/%zz, /a/%zz", "/a/%, /a/%", "/a/\uD83D\uDE00, /a/\uD83D\uDE00" })
    void theCanonicalPathIsDecodedWithoutMatrixParametersEmptyOrDotSegments(String path, String canonical) {
        assertEquals(canonical, AnonymousRoutes.canonical(path));
    }
}
