package org.sanad.referrals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.referrals.Referrals.BAGHDAD_INV;
import static org.sanad.referrals.Referrals.GOVERNORATE;
import static org.sanad.referrals.Referrals.PMC;
import static org.sanad.referrals.Referrals.PROSECUTOR;
import static org.sanad.referrals.Referrals.TOKENS;
import static org.sanad.referrals.Referrals.stubCase;
import static org.sanad.referrals.Referrals.submitted;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.sanad.audit.AuditEntry;
import org.sanad.testing.Problems;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

/** A version as a printable Arabic PDF, for whoever may read it as JSON, and only them. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(SuiteStub.class)
class ReferralDocumentTest {

    @Test
    void theCourtsPdfHoldsTheVersionInArabicWithItsManifestAndSignature() throws IOException {
        Referrals.StubbedCase stubbed = stubCase(GOVERNORATE);
        String id = submitted(stubbed, PMC);
        JsonPath version = given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/1")
                .then().statusCode(200).extract().jsonPath();
        long readsBefore = reads(id);

        byte[] pdf = given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/1/pdf").then()
                .statusCode(200).contentType("application/pdf").header("Cache-Control", "no-store")
                .header("Content-Disposition", containsString(version.getString("referenceNumber") + "-v1.pdf"))
                .extract().asByteArray();

        String text = text(pdf);
        assertContains(text, "إحالة قضائية");
        assertContains(text, "قائمة الأدلة");
        assertContains(text, version.getString("summary"));
        assertContains(text, version.getString("defendants[0].name"));
        assertContains(text, version.getString("defendants[0].charges[0].titleAr"));
        assertContains(text, version.getString("defendants[0].charges[0].statuteCode"));
        assertContains(text, "VICTIM-1");
        assertContains(text, "VICTIM-2");
        assertContains(text, version.getString("evidence[0].description"));
        assertContains(text, stubbed.sha256());
        assertContains(text, version.getString("evidence[0].sizeBytes"));
        assertContains(text, version.getString("signature.kid"));
        assertEquals(readsBefore + 1, reads(id), "the PDF is audited as a read");
    }

    @Test
    void theProsecutorsPdfOfADraftSaysItIsUnsigned() throws IOException {
        String id = Referrals.draft(PROSECUTOR, stubCase(GOVERNORATE).draft(PMC)).statusCode(201).extract().path("id");
        String text = text(given().auth().oauth2(PROSECUTOR).when().get("/referrals/" + id + "/versions/1/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertContains(text, "مسودة");
        assertContains(text, "لا توقيع");
        assertFalse(text.contains("kid"), "a draft names no signing key");
    }

    @Test
    void thePdfIsRefusedToWhoeverMayNotReadTheVersion() {
        String id = submitted(stubCase(GOVERNORATE), PMC);
        String court = "/court/referrals/" + id + "/versions/1/pdf";
        String prosecutor = "/referrals/" + id + "/versions/1/pdf";
        given().auth().oauth2(TOKENS.court(PMC)).when().get(court).then().statusCode(200);
        given().auth().oauth2(TOKENS.court(BAGHDAD_INV)).when().get(court).then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/2/pdf").then()
                .spec(Problems.notFound());
        given().auth().oauth2(PROSECUTOR).when().get(court).then().spec(Problems.forbidden());
        given().when().get(court).then().spec(Problems.unauthenticated());

        given().auth().oauth2(PROSECUTOR).when().get(prosecutor).then().statusCode(200);
        given().auth().oauth2(TOKENS.officer("prosecutor", "IQ-BA")).when().get(prosecutor).then()
                .spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.court(PMC)).when().get(prosecutor).then().spec(Problems.forbidden());
        given().when().get(prosecutor).then().spec(Problems.unauthenticated());
        // the JSON read beside it is unchanged
        given().auth().oauth2(TOKENS.court(PMC)).when().get("/court/referrals/" + id + "/versions/1").then()
                .statusCode(200).body("versionNumber", equalTo(1));
    }

    /** The PDF's text as PDFBox extracts it, shaped Arabic (presentation forms) folded back by NFKC. */
    private static String text(byte[] pdf) throws IOException {
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"), "a PDF");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    private static void assertContains(String text, String expected) {
        String normalised = Normalizer.normalize(expected, Normalizer.Form.NFKC);
        assertTrue(text.replaceAll("\\s+", " ").contains(normalised.replaceAll("\\s+", " ")),
                "the PDF's text lacks «" + expected + "»:\n" + text);
    }

    private static long reads(String id) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.count(
                "action = 'referral.read' and recordId = ?1 and outcome = 'SUCCESS'", id));
    }
}
