package org.sanad.referrals.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.domain.Defendant;
import org.sanad.referrals.domain.ManifestItem;
import org.sanad.referrals.domain.ReferralStatus;

class ReferralPdfTest {

    @Test
    void whatPeopleWroteIsTextNeverMarkup() {
        String html = ReferralPdf.html(view("<b>مجهول</b> & \"شريكه\"", false), "a".repeat(64), "b".repeat(64));
        assertTrue(html.contains("&lt;b&gt;مجهول&lt;/b&gt; &amp; &quot;شريكه&quot;"), html);
        assertFalse(html.contains("<b>مجهول"), html);
    }

    @Test
    void aNameHoldingWhatXmlCannotHoldStillPrints() {
        // a control character and a lone surrogate, which JSON carries and an XHTML page cannot
        String name = "مجهول\u0001 \uD800الثاني";
        byte[] pdf = ReferralPdf.render(view(name, false), "a".repeat(64), "b".repeat(64));
        assertTrue(new String(pdf, 0, 5).equals("%PDF-"));
        assertTrue(ReferralPdf.html(view(name, false), null, null).contains("مجهول\uFFFD \uFFFDالثاني"));
    }

    @Test
    void aDraftSaysItIsUnsignedAndNamesNoKey() {
        String html = ReferralPdf.html(view("مجهول", true), null, null);
        assertTrue(html.contains("مسودة لم تُقدَّم"), html);
        assertFalse(html.contains("kid"), html);
    }

    @Test
    void theSignedVersionNamesItsKeyAndDigestsAsWholeLeftToRightIdentifiers() {
        String html = ReferralPdf.html(view("مجهول", false), "a".repeat(64), "b".repeat(64));
        assertTrue(html.contains("<span class=\"code id\" dir=\"ltr\">kid-thumbprint</span>"), html);
        assertTrue(html.contains("<span class=\"code id\" dir=\"ltr\">" + "a".repeat(64) + "</span>"), html);
        assertTrue(html.contains("<span class=\"code id\" dir=\"ltr\">" + "b".repeat(64) + "</span>"), html);
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\">"), html);
    }

    @Test
    void theDocumentIsAPdf() {
        byte[] pdf = ReferralPdf.render(view("مجهول يستخدم الاسم الوردة السوداء", false), "a".repeat(64), "b".repeat(64));
        assertTrue(new String(pdf, 0, 5).equals("%PDF-"));
    }

    private static ReferralView view(String defendantName, boolean draft) {
        Defendant defendant = new Defendant(UUID.randomUUID(), defendantName, List.of(), List.of(),
                List.of(new Defendant.Charge("IQ-PC-430", "Iraqi Penal Code", "430", "Threat", "التهديد")));
        ManifestItem item = new ManifestItem(UUID.randomUUID(), "FILE", "لقطة شاشة", "item-1.png", "image/png", 45L,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                new ManifestItem.Custody(1, 1, true, "VERIFIED", Instant.parse("2026-11-19T10:00:00Z")));
        Instant at = Instant.parse("2026-12-01T09:00:00Z");
        return new ReferralView(UUID.randomUUID(), "REF-2026-000042", "BG-2026-00123", "IQ-BG",
                new Court("IQ-PMC", "Publishing and Media Court (Baghdad)", "محكمة قضايا النشر والإعلام (بغداد)", List.of("*"), "Asia/Baghdad"),
                draft ? ReferralStatus.DRAFT : ReferralStatus.SUBMITTED, 1, draft, "ابتزاز الضحية", List.of(defendant),
                List.of(new ReferralView.Victim("VICTIM-1")), List.of(item), at, draft ? null : at, null,
                draft ? null : new ReferralView.Signature("header..signature", "kid-thumbprint", "ES256", "RFC8785"), 0L);
    }
}
