package org.sanad.courtsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** play against a stub of referrals-service: the exchange a correct court makes, and the checks that stop it. */
class PlayCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    private final StubReferralsService service;

    PlayCommandTest() throws IOException {
        service = new StubReferralsService(new SignedVersions(), "\u0089PNG screenshot".getBytes(StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void aSubmittedVersionIsVerifiedCheckedReceivedAcceptedHeardAndDecided() {
        assertEquals(0, play(), err.toString());

        assertTrue(out.toString().contains("signature verified: version 1 of referral " + service.referral), out.toString());
        assertTrue(out.toString().contains("matches the signed manifest"), out.toString());
        assertTrue(out.toString().contains("Idempotent-Replayed: true"), out.toString());
        assertEquals("ACCEPTED", service.replies.get("review").path("outcome").asText());
        OffsetDateTime hearing = OffsetDateTime.parse(service.replies.get("hearings").path("scheduledFor").asText());
        assertEquals(ZoneOffset.ofHours(3), hearing.getOffset(), "the hearing is not in the court's offset");
        JsonNode verdicts = service.replies.get("decision").path("verdicts");
        String suspect = service.version.path("defendants").get(0).path("suspectId").asText();
        assertEquals(List.of(suspect + " IQ-PC-430", suspect + " IQ-PC-452"), List.of(
                verdicts.get(0).path("suspectId").asText() + " " + verdicts.get(0).path("statuteCode").asText(),
                verdicts.get(1).path("suspectId").asText() + " " + verdicts.get(1).path("statuteCode").asText()),
                "not one verdict per defendant and charge");
        assertTrue(out.toString().contains("played 1 version(s); the feed shows 4 change(s) of the court's own"), out.toString());
        assertEquals("P5", new FeedState(dir.resolve("court-state.json")).position());
    }

    @Test
    void aSecondPlayFindsNothingNewAfterTheStoredPosition() {
        assertEquals(0, play(), err.toString());
        service.replies.clear();

        assertEquals(0, play(), err.toString());
        assertTrue(service.replies.isEmpty(), "the court answered again: " + service.replies);
    }

    @Test
    void aReturnSendsTheReasonAndNoHearingOrDecision() {
        assertEquals(0, play("--return", "يجب إرفاق تقرير الخبير الفني"), err.toString());

        assertEquals("RETURNED", service.replies.get("review").path("outcome").asText());
        assertEquals("يجب إرفاق تقرير الخبير الفني", service.replies.get("review").path("reasons").get(0).path("reason").asText());
        assertFalse(service.replies.containsKey("hearings"));
        assertFalse(service.replies.containsKey("decision"));
    }

    @Test
    void bytesThatAreNotTheSignedManifestsStopThePlayBeforeAnyReply() {
        service.evidence = "other bytes".getBytes(StandardCharsets.UTF_8);

        assertEquals(SanadCourt.CHECK_FAILED, play());
        assertTrue(err.toString().startsWith("CHECK FAILED: Evidence " + service.version.path("evidence").get(0).path("itemId").asText()
                + ": the bytes' sha256 is " + CourtSimulator.sha256(service.evidence)), err.toString());
        assertTrue(service.replies.isEmpty(), "the court answered a version whose evidence failed: " + service.replies);
        assertEquals(null, new FeedState(dir.resolve("court-state.json")).position(), "the failed entry was stored as processed");
    }

    @Test
    void aTamperedVersionStopsThePlayBeforeAnyReply() {
        service.version.put("summary", "ملخص آخر");

        assertEquals(SanadCourt.CHECK_FAILED, play());
        assertTrue(err.toString().contains("Signature REJECTED: The signature does not match the content"), err.toString());
        assertTrue(service.replies.isEmpty(), "the court answered a version whose signature failed");
    }

    @Test
    void aRetryNotAnsweredAsAReplayFails() {
        service.replays = false;

        assertEquals(SanadCourt.CHECK_FAILED, play());
        assertTrue(err.toString().contains("without Idempotent-Replayed: true"), err.toString());
    }

    private int play(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("play", "--api", service.url(), "--token-url", service.url() + "/token",
                "--client-secret", "stub", "--state", dir.resolve("court-state.json").toString()));
        args.addAll(List.of(extra));
        return SanadCourt.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
    }
}
