package org.sanad.courtsimulator;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.sanad.client.referrals.ApiException;
import org.sanad.client.referrals.ApiResponse;
import org.sanad.client.referrals.api.CourtIntegrationApi;
import org.sanad.client.referrals.model.Decision;
import org.sanad.client.referrals.model.EvidenceLink;
import org.sanad.client.referrals.model.FeedEntry;
import org.sanad.client.referrals.model.FeedPage;
import org.sanad.client.referrals.model.Hearing;
import org.sanad.client.referrals.model.Receipt;
import org.sanad.client.referrals.model.ReferralStatus;
import org.sanad.client.referrals.model.Review;
import org.sanad.client.referrals.model.ReviewOutcome;
import org.sanad.client.referrals.model.ReviewReason;
import org.sanad.client.referrals.model.SignedReferral;
import org.sanad.client.referrals.model.Verdict;
import org.sanad.client.referrals.model.VerdictOutcome;

/**
 * A court system, as a correct one talks to referrals-service: it pulls its feed from a stored
 * position, verifies each version's signature against the published keys before it believes a
 * word of it, fetches every evidence item and checks its bytes against the signed SHA-256, and
 * answers (receipt, review, hearing, decision), each reply with its own Idempotency-Key. Each step
 * is one line to {@code out}; a failed check is a {@link CheckFailed}, a refused or failed request
 * an {@link Unreachable}.
 */
public final class CourtSimulator {

    private static final int PAGE_SIZE = 100;

    private static final String REPLAYED = "Idempotent-Replayed";

    private final CourtConnection connection;

    private final CourtIntegrationApi court;

    private final Consumer<String> out;

    public CourtSimulator(CourtConnection connection, Consumer<String> out) {
        this.connection = connection;
        this.court = connection.court();
        this.out = out;
    }

    /** The feed's entries after the stored position, each printed and then stored as the new position. */
    public List<FeedEntry> pull(FeedState state, int waitSeconds) throws CheckFailed {
        return readFeed(state, waitSeconds, entry -> out.accept(describe(entry)));
    }

    /** Verifies a version the service holds: its JSON as received, against the JWKS it publishes. */
    public VerifiedVersion verify(UUID referral, int number) throws CheckFailed {
        out.accept("GET /court/referrals/" + referral + "/versions/" + number + " (the JSON as received)");
        String version = connection.versionJson(referral, number);
        out.accept("GET /court/jwks");
        VerifiedVersion verified = verifyOffline(version, connection.jwks(), out);
        if (!referral.equals(verified.referralId()) || verified.number() != number) {
            throw new CheckFailed("Asked for version " + number + " of " + referral + ", the service answered version "
                    + verified.number() + " of " + verified.referralId());
        }
        return verified;
    }

    /** Verifies a version offline, from its JSON and the JWKS alone. */
    public static VerifiedVersion verifyOffline(String versionJson, String jwksJson, Consumer<String> out) throws CheckFailed {
        VerifiedVersion verified = VerifiedVersion.check(versionJson, jwksJson);
        out.accept("signature verified: version " + verified.number() + " of referral " + verified.referralId()
                + ", signed by key " + verified.kid() + ", signed content sha256 " + verified.contentSha256());
        return verified;
    }

    /** Verifies the version, then fetches each item of its signed manifest and checks the bytes' SHA-256. */
    public List<CheckedEvidence> fetchEvidence(UUID referral, int number) throws CheckFailed {
        return fetchEvidence(verify(referral, number));
    }

    private List<CheckedEvidence> fetchEvidence(VerifiedVersion version) throws CheckFailed {
        List<CheckedEvidence> checked = new ArrayList<>();
        for (VerifiedVersion.ManifestItem item : version.manifest()) {
            String key = UUID.randomUUID().toString();
            EvidenceLink link = call("a link to evidence " + item.itemId(),
                    () -> court.courtLink(version.referralId(), item.itemId(), key, null));
            out.accept("link to evidence " + item.itemId() + " (Idempotency-Key " + key + "), valid until " + link.getExpiresAt());
            if (!item.sha256().equals(link.getSha256())) {
                throw new CheckFailed("The link to " + item.itemId() + " names sha256 " + link.getSha256()
                        + ", the signed manifest " + item.sha256());
            }
            String token = link.getHref().substring(link.getHref().lastIndexOf('/') + 1);
            File download = call("the bytes of evidence " + item.itemId(), () -> court.courtFetch(token, null));
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(download.toPath());
                Files.delete(download.toPath());
            } catch (IOException e) {
                throw new Unreachable("The downloaded evidence " + item.itemId() + " could not be read: " + e.getMessage(), e);
            }
            String sha256 = sha256(bytes);
            if (!sha256.equals(item.sha256())) {
                throw new CheckFailed("Evidence " + item.itemId() + ": the bytes' sha256 is " + sha256
                        + ", the signed manifest says " + item.sha256());
            }
            out.accept("evidence " + item.itemId() + " (" + item.fileName() + "): " + bytes.length
                    + " bytes, sha256 " + sha256 + " matches the signed manifest");
            checked.add(new CheckedEvidence(item.itemId(), item.fileName(), sha256, bytes.length, link.getExpiresAt()));
        }
        return checked;
    }

    /**
     * The whole exchange for every SUBMITTED version after the stored position, then the feed read
     * again for the changes the court's own replies made. The position is stored after each entry
     * has been answered, so a failed check leaves that entry to the next run.
     */
    public PlayReport play(FeedState state, PlayOptions options) throws CheckFailed {
        List<PlayReport.PlayedVersion> played = new ArrayList<>();
        List<FeedEntry> ownChanges = new ArrayList<>();
        int wait = options.waitSeconds();
        int answeredBefore;
        do {
            answeredBefore = played.size();
            readFeed(state, wait, entry -> {
                UUID referral = entry.getReferral().getId();
                if (options.referral() != null && !options.referral().equals(referral)) {
                    out.accept(describe(entry) + ": passed over, another referral");
                    return;
                }
                out.accept(describe(entry));
                if ("SUBMITTED".equals(entry.getChange())) {
                    PlayReport.PlayedVersion answered = answer(referral, entry.getReferral().getVersionNumber(), options);
                    if (answered != null) {
                        played.add(answered);
                    }
                } else if (played.stream().anyMatch(p -> p.referral().equals(referral))) {
                    ownChanges.add(entry);
                }
            });
            wait = 0;
            // the replies appended the court's own changes: pull again to read them (and any new version)
        } while (played.size() > answeredBefore);
        out.accept("played " + played.size() + " version(s); the feed shows " + ownChanges.size() + " change(s) of the court's own");
        return new PlayReport(List.copyOf(played), List.copyOf(ownChanges));
    }

    /** One version: checked, received, reviewed and, if accepted, heard and decided; null if no longer awaiting the court. */
    private PlayReport.PlayedVersion answer(UUID referral, int number, PlayOptions options) throws CheckFailed {
        SignedReferral current = call("the referral", () -> court.courtRead(referral, null));
        if (current.getStatus() != ReferralStatus.SUBMITTED || current.getVersionNumber() != number) {
            out.accept("  skipped: the referral is now " + current.getStatus() + " at version " + current.getVersionNumber());
            return null;
        }
        VerifiedVersion version = verify(referral, number);
        List<CheckedEvidence> evidence = fetchEvidence(version);
        boolean replayConfirmed = receiptWithRetry(referral, number);
        if (options.returnReason() != null) {
            reply("review RETURNED", key -> court.courtReview(referral, new Review().version(number).outcome(ReviewOutcome.RETURNED)
                    .reasons(List.of(new ReviewReason().reason(options.returnReason()))), key, null));
            return new PlayReport.PlayedVersion(referral, number, version.kid(), evidence, replayConfirmed, ReviewOutcome.RETURNED, false);
        }
        reply("review ACCEPTED", key -> court.courtReview(referral, new Review().version(number).outcome(ReviewOutcome.ACCEPTED), key, null));
        OffsetDateTime hearingAt = LocalDate.now(options.courtOffset()).plusDays(14).atTime(LocalTime.of(10, 0)).atOffset(options.courtOffset());
        reply("hearing at " + hearingAt, key -> court.courtHearing(referral,
                new Hearing().version(number).scheduledFor(hearingAt).chamber("الهيئة الأولى"), key, null));
        List<Verdict> verdicts = version.charges().stream().map(charge -> new Verdict().suspectId(charge.suspectId())
                .statuteCode(charge.statuteCode()).outcome(VerdictOutcome.CONVICTED).sentence("الحبس سنة واحدة")).toList();
        // the service refuses a decision dated after its own (UTC) today, which a court east of UTC reaches first
        LocalDate decidedOn = LocalDate.now(ZoneOffset.UTC);
        SignedReferral decided = reply("decision of " + decidedOn + ", " + verdicts.size() + " verdict(s), one per defendant and charge",
                key -> court.courtDecision(referral, new Decision().version(number).decidedOn(decidedOn).verdicts(verdicts), key, null));
        if (decided.getStatus() != ReferralStatus.DECIDED) {
            throw new CheckFailed("After the decision the referral is " + decided.getStatus() + ", not DECIDED");
        }
        return new PlayReport.PlayedVersion(referral, number, version.kid(), evidence, replayConfirmed, ReviewOutcome.ACCEPTED, true);
    }

    /** The receipt, then the same request again with the same key: the second must be a replay of the first. */
    private boolean receiptWithRetry(UUID referral, int number) throws CheckFailed {
        String key = UUID.randomUUID().toString();
        Receipt receipt = new Receipt().version(number);
        ApiResponse<SignedReferral> first = call("the receipt", () -> court.courtReceiptWithHttpInfo(referral, receipt, key, null));
        out.accept("receipt of version " + number + " (Idempotency-Key " + key + "): " + first.getStatusCode() + ", now "
                + first.getData().getStatus());
        if ("true".equalsIgnoreCase(header(first.getHeaders(), REPLAYED))) {
            throw new CheckFailed("The first receipt with a fresh Idempotency-Key was answered as a replay");
        }
        ApiResponse<SignedReferral> retry = call("the retried receipt", () -> court.courtReceiptWithHttpInfo(referral, receipt, key, null));
        if (!"true".equalsIgnoreCase(header(retry.getHeaders(), REPLAYED)) || retry.getStatusCode() != first.getStatusCode()) {
            throw new CheckFailed("The receipt retried with the same Idempotency-Key was answered " + retry.getStatusCode()
                    + " without Idempotent-Replayed: true");
        }
        out.accept("receipt retried with the same Idempotency-Key: " + retry.getStatusCode() + ", Idempotent-Replayed: true");
        return true;
    }

    private SignedReferral reply(String what, Reply reply) {
        String key = UUID.randomUUID().toString();
        SignedReferral answer = call(what, () -> reply.send(key));
        out.accept(what + " (Idempotency-Key " + key + "): now " + answer.getStatus());
        return answer;
    }

    private List<FeedEntry> readFeed(FeedState state, int waitSeconds, EntryHandler handler) throws CheckFailed {
        List<FeedEntry> read = new ArrayList<>();
        String after = state.position();
        out.accept("GET /court/feed after " + (after == null ? "the start" : after) + (waitSeconds > 0 ? ", waiting up to " + waitSeconds + " s" : ""));
        Integer wait = waitSeconds > 0 ? waitSeconds : null;
        while (true) {
            String cursor = after;
            Integer waitNow = wait;
            FeedPage page = call("the feed", () -> court.courtFeed(cursor, PAGE_SIZE, waitNow, null));
            for (FeedEntry entry : page.getItems()) {
                handler.handle(entry);
                state.save(entry.getPosition());
                read.add(entry);
            }
            if (!Boolean.TRUE.equals(page.getHasMore())) {
                out.accept(read.size() + " entr" + (read.size() == 1 ? "y" : "ies") + "; position stored in " + state.file());
                return read;
            }
            after = page.getNext();
            wait = null;
        }
    }

    private static String describe(FeedEntry entry) {
        return "entry " + entry.getPosition() + ": " + entry.getChange() + " " + entry.getReferral().getReferenceNumber()
                + " version " + entry.getReferral().getVersionNumber() + " (" + entry.getReferral().getId() + ") at " + entry.getRecordedAt();
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static <T> T call(String what, Call<T> call) {
        try {
            return call.make();
        } catch (ApiException e) {
            throw new Unreachable(e.getCode() == 0 ? what + " could not be asked: " + e.getMessage()
                    : what + " was refused (" + e.getCode() + "): " + e.getResponseBody(), e);
        }
    }

    @FunctionalInterface
    private interface Call<T> {
        T make() throws ApiException;
    }

    @FunctionalInterface
    private interface Reply {
        SignedReferral send(String idempotencyKey) throws ApiException;
    }

    @FunctionalInterface
    private interface EntryHandler {
        void handle(FeedEntry entry) throws CheckFailed;
    }
}
