package org.sanad.referrals.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.domain.Defendant;
import org.sanad.referrals.domain.ManifestItem;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A referral version as a printable Arabic document: laid out right to left, the Arabic shaped
 * (ICU), in Noto Naskh Arabic (embedded, SIL OFL; {@code fonts/OFL.txt}). Codes, hashes and
 * key ids are set left to right in a monospaced face so a judge can compare them character by
 * character with the electronic record. Pure: the view and the signature's digests in, the PDF out.
 */
public final class ReferralPdf {

    private static final String FONT = "Noto Naskh Arabic";

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private ReferralPdf() {
    }

    /**
     * @param view the version as its reader is allowed to read it
     * @param signedSha256 the SHA-256 of the bytes the signature covers (SignedContent), null for a draft
     * @param jwsSha256 the SHA-256 of the JWS text, null for a draft
     */
    public static byte[] render(ReferralView view, String signedSha256, String jwsSha256) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font("NotoNaskhArabic-Regular.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> font("NotoNaskhArabic-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
        builder.withHtmlContent(html(view, signedSha256, jwsSha256), null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The referral could not be laid out as a PDF", e);
        }
        return pdf.toByteArray();
    }

    static String html(ReferralView view, String signedSha256, String jwsSha256) {
        Html html = new Html();
        html.raw("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"UTF-8\"/><title>")
                .text("إحالة قضائية " + view.referenceNumber()).raw("</title><style>").raw(STYLE).raw("</style></head><body>");
        html.raw("<h1>إحالة قضائية</h1>");
        if (view.draft()) {
            html.raw("<p class=\"draft\">مسودة لم تُقدَّم إلى المحكمة، وهي غير موقّعة.</p>");
        }
        html.raw("<table class=\"facts\">");
        row(html, "رقم الإحالة", identifier(view.referenceNumber()));
        row(html, "الإصدار", code(Integer.toString(view.versionNumber())));
        row(html, "رقم القضية", identifier(view.caseNumber()));
        row(html, "المحافظة", code(view.governorate()));
        row(html, "المحكمة", new Html().text(view.court().nameAr() + " ").raw(identifier(view.court().code())).toString());
        row(html, "تاريخ الإعداد", code(time(view.draftedAt())));
        if (view.submittedAt() != null) {
            row(html, "تاريخ التقديم", code(time(view.submittedAt())));
        }
        html.raw("</table>");

        html.raw("<h2>ملخص الوقائع</h2><p>").text(view.summary()).raw("</p>");

        html.raw("<h2>المتهمون</h2>");
        for (Defendant defendant : view.defendants()) {
            html.raw("<div class=\"defendant\"><p class=\"name\">").text(defendant.name()).raw("</p>");
            if (!defendant.aliases().isEmpty()) {
                html.raw("<p>الأسماء المستعارة: ").text(String.join("، ", defendant.aliases())).raw("</p>");
            }
            html.raw("<table class=\"list\"><tr><th>رمز المادة</th><th>التهمة</th><th>القانون والمادة</th></tr>");
            for (Defendant.Charge charge : defendant.charges()) {
                html.raw("<tr><td>").raw(identifier(charge.statuteCode())).raw("</td><td>").text(charge.titleAr())
                        .raw("</td><td>").raw(latin(charge.law() + ", art. " + charge.article())).raw("</td></tr>");
            }
            html.raw("</table></div>");
        }

        html.raw("<h2>الضحايا (بأسماء مستعارة)</h2><p>");
        List<String> pseudonyms = view.victims().stream().map(ReferralView.Victim::pseudonym).toList();
        for (int i = 0; i < pseudonyms.size(); i++) {
            html.raw(i == 0 ? "" : "، ").raw(identifier(pseudonyms.get(i)));
        }
        html.raw("</p>");

        html.raw("<h2>قائمة الأدلة</h2><table class=\"list\"><tr><th>#</th><th>الوصف</th><th>الملف والنوع</th>"
                + "<th>الحجم (بايت)</th></tr>");
        for (int i = 0; i < view.evidence().size(); i++) {
            ManifestItem item = view.evidence().get(i);
            html.raw("<tr><td>").raw(code(Integer.toString(i + 1))).raw("</td><td>").text(item.description())
                    .raw("</td><td>").raw(code(String.join(" ", nonNull(item.fileName(), item.contentType(), item.kind()))))
                    .raw("</td><td>").raw(code(item.sizeBytes() == null ? "-" : item.sizeBytes().toString()))
                    .raw("</td></tr><tr><td></td><td colspan=\"3\">SHA-256: ").raw(code(item.sha256())).raw("</td></tr>");
        }
        html.raw("</table>");

        html.raw("<h2>التوقيع الإلكتروني</h2>");
        if (view.signature() == null) {
            html.raw("<p>لا توقيع: النسخة مسودة.</p>");
        } else {
            html.raw("<table class=\"facts\">");
            row(html, "الخوارزمية", code(view.signature().alg() + " / " + view.signature().canonicalization()));
            row(html, "معرّف مفتاح التوقيع kid", identifier(view.signature().kid()));
            row(html, "بصمة المحتوى الموقّع SHA-256", identifier(signedSha256));
            row(html, "بصمة نص التوقيع JWS، SHA-256", identifier(jwsSha256));
            html.raw("</table><p class=\"note\">تطابق هذه البصمات السجلّ الإلكتروني للإصدار نفسه؛ ويُتحقَّق من التوقيع "
                    + "بالمفتاح العام المنشور في ").raw(code("GET /court/jwks")).raw(".</p>");
        }
        html.raw("</body></html>");
        return html.toString();
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }

    private static void row(Html html, String label, String value) {
        html.raw("<tr><th>").text(label).raw("</th><td>").raw(value).raw("</td></tr>");
    }

    /** Left to right, monospaced: codes, numbers and hashes. */
    private static String code(String value) {
        return new Html().raw("<span class=\"code\" dir=\"ltr\">").text(value).raw("</span>").toString();
    }

    /** Latin prose (a law's name) in an Arabic page: left to right, in the body's face. */
    private static String latin(String value) {
        return new Html().raw("<span dir=\"ltr\" class=\"ltr\">").text(value).raw("</span>").toString();
    }

    /** A code, number or hash a reader compares whole: left to right, monospaced, never broken across lines. */
    private static String identifier(String value) {
        return new Html().raw("<span class=\"code id\" dir=\"ltr\">").text(value).raw("</span>").toString();
    }

    private static String time(Instant at) {
        return UTC.format(at);
    }

    private static InputStream font(String file) {
        InputStream font = ReferralPdf.class.getResourceAsStream("/fonts/" + file);
        if (font == null) {
            throw new IllegalStateException("The font " + file + " is missing from the build");
        }
        return font;
    }

    private static final String STYLE = """
            @page { size: A4; margin: 18mm 16mm; }
            body { font-family: 'Noto Naskh Arabic', serif; font-size: 11pt; direction: rtl; text-align: right; }
            h1 { font-size: 18pt; margin: 0 0 6mm 0; }
            h2 { font-size: 13pt; margin: 6mm 0 2mm 0; border-bottom: 0.5pt solid #555; }
            table { width: 100%; border-collapse: collapse; }
            th, td { text-align: right; vertical-align: top; padding: 1mm 1.5mm; }
            table.facts th { width: 38%; font-weight: 700; }
            table.list th { border-bottom: 0.5pt solid #555; font-weight: 700; }
            .code { font-family: monospace; font-size: 9pt; direction: ltr; unicode-bidi: embed; }
            .id { white-space: nowrap; }
            .ltr { direction: ltr; unicode-bidi: embed; }
            .name { font-weight: 700; }
            .draft { font-weight: 700; border: 1pt solid #000; padding: 2mm; }
            .note { font-size: 9pt; }
            """;

    /** XHTML built by hand: text is always escaped, markup never comes from data. */
    private static final class Html {

        private final StringBuilder out = new StringBuilder();

        Html raw(String markup) {
            out.append(markup);
            return this;
        }

        /**
         * Text, escaped; a character XML 1.0 cannot hold (a control character, a lone surrogate,
         * U+FFFE) as U+FFFD, so a name or summary holding one still prints rather than failing the page.
         */
        Html text(String value) {
            if (value == null) {
                return this;
            }
            value.codePoints().forEach(c -> {
                switch (c) {
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '&' -> out.append("&amp;");
                    case '"' -> out.append("&quot;");
                    default -> out.appendCodePoint(xmlCharacter(c) ? c : 0xFFFD);
                }
            });
            return this;
        }

        /** XML 1.0's Char production. */
        static boolean xmlCharacter(int c) {
            return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
