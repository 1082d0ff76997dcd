package org.sanad.referrals.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.sanad.referrals.service.ReferralDocuments;

/** A printable referral as an HTTP answer: shown in the browser, never kept by a shared cache. */
final class Pdf {

    static final String MEDIA_TYPE = "application/pdf";

    private Pdf() {
    }

    static Response inline(ReferralDocuments.Document document) {
        return Response.ok(document.pdf(), MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + document.fileName() + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
