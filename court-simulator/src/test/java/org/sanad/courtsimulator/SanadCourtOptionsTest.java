package org.sanad.courtsimulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

class SanadCourtOptionsTest {

    private final StringWriter out = new StringWriter();

    private final StringWriter err = new StringWriter();

    @Test
    void playTakesTheSandboxTheCourtsKeyAndHowToAnswer() {
        UUID referral = UUID.randomUUID();
        PlayCommand play = parse(PlayCommand.class, "play", "--api", "http://sandbox:8083", "--token-url", "http://idp/token",
                "--client-id", "court-iq-pmc-jwt", "--private-key", "local/court-iq-pmc-jwt.demo-key.json", "--state", "s.json",
                "--wait", "25", "--referral", referral.toString(), "--return", "يجب إرفاق تقرير الخبير", "--court-offset", "+04:00");

        assertEquals("http://sandbox:8083", play.connection.api);
        assertEquals("http://idp/token", play.connection.tokenUrl);
        assertEquals("court-iq-pmc-jwt", play.connection.clientId);
        assertEquals(Path.of("local/court-iq-pmc-jwt.demo-key.json"), play.connection.authentication.privateKey);
        assertNull(play.connection.authentication.secret);
        assertEquals(Path.of("s.json"), play.feed.state);
        assertEquals(25, play.feed.waitSeconds);
        assertEquals(referral, play.referral);
        assertEquals("يجب إرفاق تقرير الخبير", play.returnReason);
        assertEquals(ZoneOffset.ofHours(4), play.courtOffset);
    }

    @Test
    void theDefaultsAreTheLocalSandboxAndItsFirstDemoCourt() {
        PullCommand pull = parse(PullCommand.class, "pull", "--client-secret", "court-iq-pmc-secret");

        assertEquals("http://localhost:8083", pull.connection.api);
        assertEquals(ConnectionOptions.LOCAL_TOKEN_URL, pull.connection.tokenUrl);
        assertEquals("court-iq-pmc", pull.connection.clientId);
        assertEquals("court-iq-pmc-secret", pull.connection.authentication.secret);
        assertEquals(Path.of("./court-state.json"), pull.feed.state);
        assertEquals(0, pull.feed.waitSeconds);
    }

    @Test
    void playAcceptsInTheCourtsOffsetByDefault() {
        PlayCommand play = parse(PlayCommand.class, "play", "--client-secret", "s");

        assertEquals(ZoneOffset.ofHours(3), play.courtOffset);
        assertNull(play.returnReason);
        assertNull(play.referral);
    }

    @Test
    void verifyOnlineTakesTheReferralAndTheVersion() {
        UUID referral = UUID.randomUUID();
        VerifyCommand verify = parse(VerifyCommand.class, "verify", "--referral", referral.toString(), "--version", "2",
                "--client-secret", "s");

        assertEquals(referral, verify.target.online.referral);
        assertEquals(2, verify.target.online.version);
        assertNull(verify.target.offline);
    }

    @Test
    void aSecretAndAPrivateKeyTogetherAreAUsageError() {
        assertEquals(2, execute("pull", "--client-secret", "s", "--private-key", "k.json"));
        assertTrue(err.toString().contains("mutually exclusive"), err.toString());
    }

    @Test
    void anOnlineCommandWithoutCredentialsIsAUsageError() {
        assertEquals(2, execute("pull"));
        assertTrue(err.toString().contains("Missing authentication: give --client-secret or --private-key"), err.toString());
    }

    @Test
    void verifyNeedsOneWholeTarget() {
        assertEquals(2, execute("verify", "--referral", UUID.randomUUID().toString()));
        assertEquals(2, execute("verify", "--version-file", "v.json", "--jwks-file", "j.json", "--referral",
                UUID.randomUUID().toString(), "--version", "1"));
        assertEquals(2, execute("verify"));
    }

    @Test
    void anUnreachableTokenEndpointIsExitCodeThree() {
        assertEquals(SanadCourt.NOT_COMPLETED, execute("pull", "--api", "http://127.0.0.1:1", "--token-url", "http://127.0.0.1:1/token",
                "--client-secret", "s", "--state", "unused.json"));
        assertTrue(err.toString().startsWith("NOT COMPLETED: The token endpoint http://127.0.0.1:1/token could not be reached"),
                err.toString());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        assertEquals(2, execute("decide"));
    }

    @Test
    void theHelpListsEveryCommandAndTheExitCodes() {
        assertEquals(0, execute("--help"));
        for (String expected : new String[] { "pull", "verify", "fetch-evidence", "play", "a check failed" }) {
            assertTrue(out.toString().contains(expected), expected + " missing from:\n" + out);
        }
    }

    private <T> T parse(Class<T> type, String... args) {
        ParseResult parsed = SanadCourt.commandLine().parseArgs(args);
        return type.cast(parsed.subcommand().commandSpec().userObject());
    }

    private int execute(String... args) {
        return SanadCourt.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }
}
