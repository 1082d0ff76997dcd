package org.sanad.complaints;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sanad.complaints.Fixtures.TOKENS;
import static org.sanad.complaints.Fixtures.complaint;
import static org.sanad.complaints.Fixtures.etagOf;
import static org.sanad.complaints.Fixtures.fileAs;
import static org.sanad.complaints.Fixtures.triage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.sanad.testing.Problems;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(CasesStub.class)
class EvidenceTest {

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry metrics;

    private static final String GOVERNORATE = "IQ-SU";
    private static final String FILER = "citizen-evidence";
    private static final String OFFICER = TOKENS.officer("intake-officer", GOVERNORATE);

    private static ValidatableResponse upload(String token, String complaintId, String contentType, String fileName,
            byte[] bytes) {
        return given().auth().oauth2(token).contentType(contentType).queryParam("fileName", fileName).body(bytes)
                .when().post("/complaints/" + complaintId + "/evidence").then();
    }

    /** What coreutils' sha256sum says of the bytes: an independent witness of the hash. */
    private static String sha256sum(byte[] bytes) throws IOException, InterruptedException {
        Path file = Files.createTempFile("evidence", ".bin");
        try {
            Files.write(file, bytes);
            Process process = new ProcessBuilder("sha256sum", file.toString()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertEquals(0, process.waitFor());
            return output.split(" ")[0];
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void theHashReturnedOnArrivalIsTheSha256OfTheBytesAndTravelsWithThem() throws Exception {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        byte[] photo = Fixtures.jpeg(300_000);
        String expected = sha256sum(photo);

        String evidenceId = upload(TOKENS.citizen(FILER), id, "image/jpeg", "صورة التهديد.jpg", photo)
                .statusCode(201)
                .body("sha256", equalTo(expected))
                .body("sizeBytes", equalTo(photo.length))
                .body("fileName", equalTo("صورة التهديد.jpg"))
                .extract().path("id");

        byte[] downloaded = given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE))
                .when().get("/complaints/" + id + "/evidence/" + evidenceId + "/content").then()
                .statusCode(200)
                .contentType("image/jpeg")
                .header("X-Content-SHA256", expected)
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(expected)) + ":")
                .extract().asByteArray();
        assertArrayEquals(photo, downloaded);
        // cases-service releasing the item to a court fetches it as itself, once the complaint is
        // accepted into an investigation; before that, and for any other client, it is not its to take
        String content = "/complaints/" + id + "/evidence/" + evidenceId + "/content";
        given().auth().oauth2(TOKENS.service("cases-service")).when().get(content).then().spec(Problems.notFound());
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "UNDER_REVIEW")).statusCode(200);
        triage(OFFICER, id, etagOf(OFFICER, id), Map.of("outcome", "ACCEPTED")).statusCode(200);
        given().auth().oauth2(TOKENS.service("another-service")).when().get(content).then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.service("cases-service")).when().get(content).then()
                .statusCode(200).header("X-Content-SHA256", expected);

        given().auth().oauth2(TOKENS.officer("supervisor", GOVERNORATE))
                .when().get("/complaints/" + id + "/evidence/" + evidenceId + "/custody").then()
                .statusCode(200)
                .body("items.action", contains("RECEIVED", "DOWNLOADED", "DOWNLOADED"))
                .body("items[2].actorSubject", equalTo("service-account-cases-service"))
                .body("items.sha256", contains(expected, expected, expected))
                .body("items[0].actorSubject", equalTo(FILER))
                .body("items[1].actorSubject", equalTo("investigator-IQ-SU"));

        given().auth().oauth2(TOKENS.citizen(FILER)).when().get("/complaints/" + id + "/evidence").then()
                .statusCode(200)
                .body("items.sha256", contains(expected));
    }

    @Test
    void intakeOfficersUploadToo() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        upload(OFFICER, id, "application/pdf", "report.pdf", "%PDF-1.7 statement".getBytes(StandardCharsets.US_ASCII))
                .statusCode(201);
        upload(TOKENS.officer("intake-officer", "IQ-BG"), id, "application/pdf", "report.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).spec(Problems.forbidden());
        upload(TOKENS.officer("investigator", GOVERNORATE), id, "application/pdf", "report.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).spec(Problems.forbidden());
        upload(TOKENS.citizen("another-citizen"), id, "application/pdf", "report.pdf",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)).spec(Problems.notFound());
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then().body("items", hasSize(1));
    }

    @Test
    void oversizeUploadsAreRefusedAndNothingIsStored() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        upload(TOKENS.citizen(FILER), id, "image/jpeg", "big.jpg", Fixtures.jpeg(1024 * 1024 + 1))
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:payload-too-large"));
        upload(TOKENS.citizen(FILER), id, "image/jpeg", "exact.jpg", Fixtures.jpeg(1024 * 1024)).statusCode(201);
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then()
                .body("items.fileName", contains("exact.jpg"));
    }

    @Test
    void typesOutsideTheAllowListOrBytesOfAnotherTypeAreRefused() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        upload(TOKENS.citizen(FILER), id, "application/x-msdownload", "photo.exe", new byte[] { 'M', 'Z', 0, 0 })
                .statusCode(415)
                .body("type", equalTo("urn:sanad:problem:unsupported-media-type"));
        upload(TOKENS.citizen(FILER), id, "image/jpeg", "photo.jpg", new byte[] { 'M', 'Z', 0, 0 })
                .statusCode(415)
                .body("detail", equalTo("The file's bytes are not of the declared type image/jpeg."));
        upload(TOKENS.citizen(FILER), id, "image/png", "", Fixtures.jpeg(10)).statusCode(400)
                .body("errors.field", contains("fileName"));
        upload(TOKENS.citizen(FILER), id, "text/plain", "empty.txt", new byte[0]).statusCode(400);
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence").then().body("items", hasSize(0));
    }

    @Test
    void downloadsAreForCaseworkersOfTheGovernorate() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        String evidenceId = upload(TOKENS.citizen(FILER), id, "text/plain", "../../etc/chat.txt",
                "threat".getBytes(StandardCharsets.UTF_8))
                .statusCode(201).body("fileName", equalTo("chat.txt")).extract().path("id");
        String content = "/complaints/" + id + "/evidence/" + evidenceId + "/content";
        for (String role : List.of("intake-officer", "investigator", "supervisor")) {
            given().auth().oauth2(TOKENS.officer(role, GOVERNORATE)).when().get(content).then().statusCode(200);
            given().auth().oauth2(TOKENS.officer(role, "IQ-BG")).when().get(content).then().spec(Problems.forbidden());
        }
        given().auth().oauth2(TOKENS.citizen(FILER)).when().get(content).then().spec(Problems.forbidden());
        String custody = "/complaints/" + id + "/evidence/" + evidenceId + "/custody";
        given().auth().oauth2(TOKENS.officer("investigator", GOVERNORATE)).when().get(custody).then().statusCode(200);
        given().auth().oauth2(TOKENS.officer("investigator", "IQ-BG")).when().get(custody).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.citizen(FILER)).when().get(custody).then().spec(Problems.forbidden());
        String list = "/complaints/" + id + "/evidence";
        given().auth().oauth2(TOKENS.officer("supervisor", "IQ-BG")).when().get(list).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.citizen("another-citizen")).when().get(list).then().spec(Problems.notFound());
        given().auth().oauth2(TOKENS.officer("auditor", GOVERNORATE)).when().get(list).then().spec(Problems.forbidden());
        given().auth().oauth2(TOKENS.officer("prosecutor", GOVERNORATE)).when().get(content).then().spec(Problems.forbidden());
        given().when().get(content).then().spec(Problems.unauthenticated());
        given().auth().oauth2(OFFICER).when()
                .get("/complaints/" + id + "/evidence/" + java.util.UUID.randomUUID() + "/content")
                .then().spec(Problems.notFound());
    }

    @Test
    void tamperedBytesAreNeverServedAndTheRefusalIsADistinctConflict() {
        String id = fileAs(FILER, complaint(GOVERNORATE));
        String evidenceId = given().auth().oauth2(TOKENS.citizen(FILER)).contentType("text/plain")
                .queryParam("fileName", "chat.txt").body("the original threat").when()
                .post("/complaints/" + id + "/evidence").then().statusCode(201).extract().path("id");
        // one bit of the stored ciphertext flipped, as a disk or an intruder would
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, entityManager.createNativeQuery(
                "UPDATE evidence_segment s SET ciphertext = set_byte(ciphertext, 3, get_byte(ciphertext, 3) # 1) "
                        + "FROM evidence e WHERE e.object_id = s.object_id AND e.id = :id")
                .setParameter("id", UUID.fromString(evidenceId)).executeUpdate()));
        double failuresBefore = metrics.get("sanad.evidence.integrity.failures").counter().count();

        given().auth().oauth2(OFFICER).header("Accept-Language", "ar").when()
                .get("/complaints/" + id + "/evidence/" + evidenceId + "/content").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:sanad:problem:integrity-failure"))
                .body("title", equalTo("فشل سلامة الدليل"));
        // the refusal is in the chain of custody, committed although the request failed
        given().auth().oauth2(OFFICER).when().get("/complaints/" + id + "/evidence/" + evidenceId + "/custody").then()
                .statusCode(200).body("items.action", contains("RECEIVED", "INTEGRITY_FAILURE"));
        // and counted, for the alert on evidence integrity failures
        assertEquals(failuresBefore + 1, metrics.get("sanad.evidence.integrity.failures").counter().count());
    }
}
