package org.sanad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.e2e.Suite.await;
import static org.sanad.e2e.Suite.header;
import static org.sanad.e2e.Suite.sha256;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanad.client.cases.api.CasesApi;
import org.sanad.client.cases.api.SuspectsAndCorrelationApi;
import org.sanad.client.cases.model.ActionType;
import org.sanad.client.cases.model.CorrelationFlag;
import org.sanad.client.cases.model.NewAction;
import org.sanad.client.cases.model.NewSuspect;
import org.sanad.client.complaints.ApiException;
import org.sanad.client.complaints.ApiResponse;
import org.sanad.client.complaints.api.AnonymousApi;
import org.sanad.client.complaints.api.ComplaintsApi;
import org.sanad.client.complaints.api.AlertsApi;
import org.sanad.client.complaints.api.EvidenceApi;
import org.sanad.client.complaints.api.NotificationsApi;
import org.sanad.client.complaints.api.TriageApi;
import org.sanad.client.complaints.model.AlertLevel;
import org.sanad.client.complaints.model.Complaint;
import org.sanad.client.complaints.model.ComplaintStatus;
import org.sanad.client.complaints.model.ContactChannel;
import org.sanad.client.complaints.model.Evidence;
import org.sanad.client.complaints.model.FiledComplaint;
import org.sanad.client.complaints.model.IdentifierInput;
import org.sanad.client.complaints.model.IdentifierType;
import org.sanad.client.complaints.model.InvestigationStatus;
import org.sanad.client.complaints.model.NewComplaint;
import org.sanad.client.complaints.model.NotificationChannel;
import org.sanad.client.complaints.model.NotificationChoice;
import org.sanad.client.complaints.model.NotificationChoiceView;
import org.sanad.client.complaints.model.NotificationEvent;
import org.sanad.client.complaints.model.NotificationStatus;
import org.sanad.client.complaints.model.NotificationView;
import org.sanad.client.complaints.model.RiskAlertView;
import org.sanad.client.complaints.model.RiskSignal;
import org.sanad.client.complaints.model.TriageDecision;
import org.sanad.client.complaints.model.TriageOutcome;
import org.sanad.client.referrals.api.CourtIntegrationApi;
import org.sanad.client.referrals.api.ReferralsApi;
import org.sanad.client.referrals.model.DefendantInput;
import org.sanad.client.referrals.model.FeedEntry;
import org.sanad.client.referrals.model.FeedPage;
import org.sanad.client.referrals.model.Referral;
import org.sanad.client.referrals.model.ReferralInput;
import org.sanad.sandbox.DemoStory;

/**
 * The whole suite as deployed on one machine (scripts/run-local.sh: Keycloak, three services on
 * their own databases), driven over HTTP only, through the clients generated from the committed
 * contracts, with tokens from the real Keycloak: the serial-extortionist story from two victims'
 * complaints to the court's decision, the refusals, and the hand-offs' reliability when a service
 * is away, when two instances share a database, and across a restart between a court's pulls.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final Duration HAND_OFF = Duration.ofSeconds(60);
    private static boolean startedHere;

    private static String citizen;
    private static String officer;
    private static String investigator;
    private static String prosecutor;
    private static String court;

    // the story's records, which the refusals then try to reach from the wrong side
    private static UUID amalsComplaint;
    private static UUID caseId;
    private static UUID referralId;
    private static FiledComplaint anonymousFiler;

    @BeforeAll
    static void startTheSuite() {
        startedHere = !running("complaints-service");
        // the sandbox's one command (docs/sandbox.md), demo records included: they are the bundle's too
        Suite.script("scripts/run-local.sh", "--demo-data");
        citizen = Suite.token("amal");
        officer = Suite.token("officer.baghdad");
        investigator = Suite.token("investigator.baghdad");
        prosecutor = Suite.token("prosecutor");
        court = Suite.clientToken("court-iq-pmc");
    }

    @AfterAll
    static void stopTheSuite() {
        if (startedHere) {
            Suite.script("scripts/stop-local.sh");
        }
    }

    private static boolean running(String service) {
        try {
            return new ProcessBuilder("scripts/service.sh", "status", service).directory(Suite.HOME.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static NewComplaint complaint(String victimName, String extortionistPhone) {
        return Story.complaint(victimName, extortionistPhone, "IQ-BG");
    }

    private static void accept(UUID complaint, int instance) throws ApiException {
        Story.accept(officer, complaint, instance);
    }

    @Test
    @Order(1)
    void aCitizenAndAnAnonymousFilerReachTheCourtsDecisionAboutTheSameExtortionist() throws Exception {
        String phone = Story.newPhone();
        // Amal writes the number in international form with spaces, the anonymous filer in Arabic-Indic digits
        String international = "+964 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        StringBuilder arabicIndic = new StringBuilder();
        phone.chars().forEach(d -> arabicIndic.append((char) ('٠' + (d - '0'))));

        // Amal asks to be told of each step by SMS in Arabic; the anonymous filer registers a number afterwards, in English
        String amalsPhone = Smsc.newPhone();
        String anonymousPhone = Smsc.newPhone();
        FiledComplaint amals = new ComplaintsApi(Clients.complaints(citizen))
                .complaintFile(complaint("آمال", international).notifications(bySms(amalsPhone, NotificationChoice.LanguageEnum.AR)), null, null);
        FiledComplaint anonymous = new AnonymousApi(Clients.complaints(null))
                .trackingFile(complaint("مجهولة", arabicIndic.toString()), null, null);
        NotificationChoiceView registered = new NotificationsApi(Clients.complaints(null)).trackingNotificationAnonymousChoose(
                anonymous.getTrackingNumber(), anonymous.getSecret(), bySms(anonymousPhone, NotificationChoice.LanguageEnum.EN), null);
        assertEquals(anonymousPhone.substring(anonymousPhone.length() - 2), registered.getPhoneEnding().replaceAll("[^0-9]", ""),
                "the choice shows the number's last two digits, no more");
        amalsComplaint = amals.getId();
        anonymousFiler = anonymous;
        assertTrue(anonymous.getTrackingNumber().startsWith("IQ-"), anonymous.getTrackingNumber());

        // evidence: the SHA-256 the service computed as the bytes streamed in is the one the filer computes
        byte[] screenshot = ("\u0089PNG\r\n\u001a\n threat screenshot " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        Evidence stored = new EvidenceApi(Clients.complaintsUpload(citizen, "image/png", screenshot))
                .evidenceUpload(amalsComplaint, "threat.png", Story.file(".png", screenshot), null);
        assertEquals(sha256(screenshot), stored.getSha256());
        byte[] chat = "رسائل التهديد كما وصلت".getBytes(StandardCharsets.UTF_8);
        Evidence anonymousFile = new AnonymousApi(Clients.complaintsUpload(null, "text/plain", chat))
                .trackingUpload(anonymous.getTrackingNumber(), "chat.txt", anonymous.getSecret(), Story.file(".txt", chat), null);
        assertEquals(sha256(chat), anonymousFile.getSha256());
        File downloaded = new EvidenceApi(Clients.complaints(officer)).evidenceDownload(stored.getId(), amalsComplaint, null);
        assertEquals(sha256(screenshot), sha256(Files.readAllBytes(downloaded.toPath())), "the officer reads other bytes");

        accept(amalsComplaint, 1);
        accept(anonymous.getId(), 1);

        // cases-service opens Amal's case and flags the anonymous complaint to it: the same number
        caseId = await("Amal's complaint to reach its case", HAND_OFF,
                () -> Story.quietly(() -> new ComplaintsApi(Clients.complaints(citizen)).complaintRead(amalsComplaint, null).getCaseId()));
        org.sanad.client.cases.ApiClient cases = Clients.cases(investigator);
        CorrelationFlag flag = await("the correlation flag", HAND_OFF,
                () -> Story.quietly(() -> new SuspectsAndCorrelationApi(cases).caseDetailsCorrelations(caseId, null).getItems().stream()
                        .filter(f -> anonymous.getId().equals(f.getComplaintId())).findFirst().orElse(null)));
        assertEquals(org.sanad.client.cases.model.IdentifierType.PHONE, flag.getIdentifierType());
        new SuspectsAndCorrelationApi(cases).caseDetailsLink(flag.getId(), caseId, null);
        assertEquals(2L, new SuspectsAndCorrelationApi(cases).lookupLookup("PHONE", "00964" + phone.substring(1), null).getComplaintCount());

        // the arrest
        UUID suspect = new SuspectsAndCorrelationApi(cases).caseDetailsAddSuspect(caseId, new NewSuspect()
                .displayName("المشتبه به").identifiers(List.of(new org.sanad.client.cases.model.IdentifierInput()
                        .type(org.sanad.client.cases.model.IdentifierType.PHONE).value(phone))), null).getId();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
        new CasesApi(cases).caseRecord(caseId, new NewAction().type(ActionType.ARREST).occurredAt(now)
                .place("الكرادة، بغداد").unit("Cybercrime Baghdad").suspectId(suspect), null);
        byte[] extract = ("\u0089PNG\r\n\u001a\n extracted chat " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);
        new org.sanad.client.cases.api.EvidenceApi(Clients.casesUpload(investigator, "image/png", extract))
                .evidenceItemUpload(caseId, Story.file(".png", extract), "لقطة", "extract.png", null);
        await("Amal to see the arrest", HAND_OFF, () -> Story.quietly(() -> new ComplaintsApi(Clients.complaints(citizen))
                .complaintRead(amalsComplaint, null).getInvestigationStatus() == InvestigationStatus.ARREST_MADE ? true : null));

        // the prosecutor refers the case to the Publishing and Media Court
        org.sanad.client.referrals.ApiClient referrals = Clients.referrals(prosecutor);
        Referral draft = new ReferralsApi(referrals).referralDraft(new ReferralInput().caseId(caseId).courtCode("IQ-PMC")
                .summary("هدد المتهم الضحيتين بنشر صورهما الخاصة ما لم تدفعا المال")
                .defendants(List.of(new DefendantInput().suspectId(suspect).charges(List.of("IQ-PC-430", "IQ-PC-452")))), null);
        referralId = draft.getId();
        assertEquals(2, draft.getVictims().size(), "both victims, by pseudonym");
        String etag = header(new ReferralsApi(referrals).referralReadWithHttpInfo(referralId, null).getHeaders(), "ETag");
        new ReferralsApi(referrals).referralSubmit(referralId, etag, null);

        // the court system plays its side with the court simulator (court-simulator/), as an integrator does against a
        // sandbox: signature and every evidence hash checked, receipt, acceptance, hearing, decision; a version whose
        // manifest was altered does not verify; the same court logging in with private_key_jwt reads and verifies it too
        String kid = CourtSide.playAndDecide(referralId).played().get(0).kid();
        CourtSide.aManifestHashAlteredFailsVerification(referralId);
        CourtSide.theSignedJwtLoginVerifiesTheVersion(referralId, kid);

        // both victims learn that the court decided: Amal in her app, the anonymous filer by tracking number
        await("Amal to see the decision", HAND_OFF, () -> Story.quietly(() -> new ComplaintsApi(Clients.complaints(citizen))
                .complaintRead(amalsComplaint, null).getInvestigationStatus() == InvestigationStatus.COURT_DECIDED ? true : null));
        await("the anonymous filer to see the decision", HAND_OFF, () -> Story.quietly(() -> new AnonymousApi(Clients.complaints(null))
                .trackingTrack(anonymous.getTrackingNumber(), anonymous.getSecret(), null).getInvestigationStatus()
                == InvestigationStatus.COURT_DECIDED ? true : null));

        // and each was texted once at every step, as the SMSC received it
        textedOnceAtEachStep(amalsPhone, amals.getTrackingNumber(),
                () -> new NotificationsApi(Clients.complaints(citizen)).notificationNotifications(amalsComplaint, null).getItems(),
                EnumSet.of(NotificationEvent.RECEIVED, NotificationEvent.UNDER_REVIEW, NotificationEvent.ACCEPTED,
                        NotificationEvent.ARREST_MADE, NotificationEvent.COURT_DECIDED));
        textedOnceAtEachStep(anonymousPhone, anonymous.getTrackingNumber(),
                () -> new NotificationsApi(Clients.complaints(null)).trackingNotificationAnonymousNotifications(
                        anonymous.getTrackingNumber(), anonymous.getSecret(), null).getItems(),
                EnumSet.of(NotificationEvent.UNDER_REVIEW, NotificationEvent.ACCEPTED, NotificationEvent.ARREST_MADE,
                        NotificationEvent.COURT_DECIDED));
    }

    private static NotificationChoice bySms(String phone, NotificationChoice.LanguageEnum language) {
        return new NotificationChoice().channel(ContactChannel.SMS).language(language).phone(phone);
    }

    /**
     * The complaint's messages by SMS have all gone out, at least at each of {@code steps}, none twice;
     * and the SMSC received exactly as many texts at {@code phone}, each naming the tracking number
     * and nothing that tells what the complaint is about.
     */
    private static void textedOnceAtEachStep(String phone, String trackingNumber,
            DemoStory.ThrowingSupplier<List<NotificationView>> messages, Set<NotificationEvent> steps) {
        List<NotificationView> sent = await("the texts at " + steps + " to go out", HAND_OFF, () -> Story.quietly(() -> {
            List<NotificationView> sms = messages.get().stream().filter(m -> m.getChannel() == NotificationChannel.SMS).toList();
            boolean allOut = sms.stream().allMatch(m -> m.getStatus() == NotificationStatus.SENT
                    || m.getStatus() == NotificationStatus.DELIVERED);
            Set<NotificationEvent> events = EnumSet.noneOf(NotificationEvent.class);
            sms.forEach(m -> events.add(m.getEvent()));
            return allOut && events.containsAll(steps) ? sms : null;
        }));
        assertEquals(sent.size(), sent.stream().map(NotificationView::getEvent).distinct().count(), "a step told twice: " + sent);
        List<String> texts = await("the SMSC to hold the " + sent.size() + " texts", HAND_OFF,
                () -> Smsc.textsTo(phone).size() >= sent.size() ? Smsc.textsTo(phone) : null);
        // (the texts of later steps read alike on purpose, "news about your request": they are counted, not told apart)
        assertEquals(sent.size(), texts.size(), "the SMSC received another number of texts than the steps told: " + texts);
        for (String text : texts) {
            assertTrue(text.contains(trackingNumber), "a text without its reference: " + text);
            assertTrue(!text.matches("(?is).*(ابتزاز|شرطة|صور|extort|police|image|photo).*"), "a text that says too much: " + text);
        }
    }

    /** Every entry of a court's feed, page by page from the start. */
    private static List<FeedEntry> feed(CourtIntegrationApi courts) throws org.sanad.client.referrals.ApiException {
        List<FeedEntry> entries = new ArrayList<>();
        String after = null;
        do {
            FeedPage page = courts.courtFeed(after, 500, null, null);
            entries.addAll(page.getItems());
            after = Boolean.TRUE.equals(page.getHasMore()) ? page.getNext() : null;
        } while (after != null);
        return entries;
    }

    @Test
    @Order(2)
    void theWrongRoleTheWrongGovernorateAndTheWrongCourtAreRefused() throws Exception {
        ApiResponse<Complaint> current = new ComplaintsApi(Clients.complaints(officer)).complaintReadWithHttpInfo(amalsComplaint, null);
        ApiException citizenTriaging = assertThrows(ApiException.class, () -> new TriageApi(Clients.complaints(citizen))
                .triageDecide(amalsComplaint, new TriageDecision().outcome(TriageOutcome.REJECTED).reason("x"),
                        header(current.getHeaders(), "ETag"), null));
        assertEquals(403, citizenTriaging.getCode(), "a citizen decides triage");
        assertEquals(404, assertThrows(ApiException.class, () -> new ComplaintsApi(Clients.complaints(Suite.token("huda")))
                .complaintRead(amalsComplaint, null)).getCode(), "a citizen reads another's complaint");
        assertEquals(403, assertThrows(ApiException.class, () -> new ComplaintsApi(Clients.complaints(Suite.token("officer.basra")))
                .complaintRead(amalsComplaint, null)).getCode(), "Basra's officer reads a Baghdad complaint");
        assertEquals(403, assertThrows(org.sanad.client.cases.ApiException.class,
                () -> new CasesApi(Clients.cases(Suite.token("investigator.basra"))).caseRead(caseId, null)).getCode(),
                "Basra's investigator reads a Baghdad case");
        assertEquals(403, assertThrows(org.sanad.client.referrals.ApiException.class,
                () -> new ReferralsApi(Clients.referrals(citizen)).referralRead(referralId, null)).getCode(), "a citizen reads a referral");
        CourtIntegrationApi otherCourt = new CourtIntegrationApi(Clients.referrals(Suite.clientToken("court-iq-bg-inv")));
        assertEquals(404, assertThrows(org.sanad.client.referrals.ApiException.class, () -> otherCourt.courtRead(referralId, null))
                .getCode(), "another court reads the referral");
        assertTrue(feed(otherCourt).stream().noneMatch(e -> referralId.equals(e.getReferral().getId())),
                "another court's feed shows the referral");
        assertEquals(401, assertThrows(ApiException.class, () -> new ComplaintsApi(Clients.complaints(null))
                .complaintRead(amalsComplaint, null)).getCode(), "no token");
    }

    /** Files and accepts {@code count} complaints through an instance; answers their extortionists' phones by complaint. */
    private static List<String[]> fileAndAccept(int count, int instance) throws ApiException {
        List<String[]> filed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = Story.newPhone();
            UUID id = new ComplaintsApi(Clients.complaints(citizen, instance)).complaintFile(complaint("آمال", phone), null, null).getId();
            accept(id, instance);
            filed.add(new String[] { id.toString(), phone });
        }
        return filed;
    }

    /** Each complaint reaches a case, and cases-service holds it exactly once (one complaint per phone). */
    private static void assertArrivedExactlyOnce(List<String[]> filed) {
        for (String[] complaint : filed) {
            UUID id = UUID.fromString(complaint[0]);
            await("complaint " + id + " to reach cases-service", HAND_OFF, () -> Story.quietly(
                    () -> new ComplaintsApi(Clients.complaints(citizen)).complaintRead(id, null).getCaseId()));
            long count = Story.quietly(() -> new SuspectsAndCorrelationApi(Clients.cases(investigator)).lookupLookup("PHONE", complaint[1], null)
                    .getComplaintCount());
            assertEquals(1L, count, "complaint " + id + " arrived " + count + " times");
        }
    }

    @Test
    @Order(3)
    void complaintsAcceptedWhileCasesServiceIsDownArriveOnceItIsBack() throws Exception {
        Suite.stop("cases-service", 1);
        List<String[]> filed;
        try {
            filed = fileAndAccept(3, 1);
            Thread.sleep(6000); // a relay pass finds cases-service away
            assertTrue(Suite.metric("complaints-service", 1, "sanad_outbox_pending") >= 3,
                    "the accepted complaints are not waiting in the outbox");
        } finally {
            Suite.start("cases-service", 1);
        }
        assertArrivedExactlyOnce(filed);
    }

    @Test
    @Order(3)
    void aVictimIsTextedOnceAtEachStepAcrossAnSmscOutageAndARestartOfComplaintsService() throws Exception {
        String phone = Smsc.newPhone();
        UUID id;
        Suite.stop("smsc-simulator", 1);
        try {
            id = new ComplaintsApi(Clients.complaints(citizen)).complaintFile(complaint("سارة", Story.newPhone())
                    .notifications(bySms(phone, NotificationChoice.LanguageEnum.EN)), null, null).getId();
            accept(id, 1); // received, under review, accepted: three texts wait for the SMSC
            Thread.sleep(6000); // a relay pass finds the SMSC away
            UUID filed = id;
            List<NotificationView> waiting = new NotificationsApi(Clients.complaints(citizen)).notificationNotifications(filed, null)
                    .getItems();
            assertEquals(3, waiting.stream().filter(m -> m.getStatus() == NotificationStatus.QUEUED).count(),
                    "the three texts are not waiting for the SMSC: " + waiting);
            // and complaints-service restarts while they wait
            Suite.stop("complaints-service", 1);
            Suite.start("complaints-service", 1);
        } finally {
            Suite.start("smsc-simulator", 1);
        }
        UUID complaint = id;
        textedOnceAtEachStep(phone, new ComplaintsApi(Clients.complaints(citizen)).complaintRead(complaint, null).getTrackingNumber(),
                () -> new NotificationsApi(Clients.complaints(citizen)).notificationNotifications(complaint, null).getItems(),
                EnumSet.of(NotificationEvent.RECEIVED, NotificationEvent.UNDER_REVIEW, NotificationEvent.ACCEPTED));
        Thread.sleep(11000); // two more relay passes: nothing is sent again
        assertEquals(3, Smsc.textsTo(phone).size(), "texts sent again after the outage: " + Smsc.textsTo(phone));
    }

    @Test
    @Order(3)
    void aSelfHarmFilingTextsTheDutyContactAndRaisesTheAlertWithinSeconds() throws Exception {
        FiledComplaint filed = new ComplaintsApi(Clients.complaints(citizen))
                .complaintFile(complaint("ريم", Story.newPhone()).selfHarmRisk(true), null, null);
        assertTrue(filed.getRiskSignals() != null && filed.getRiskSignals().contains(RiskSignal.SELF_HARM),
                "no risk signal in the answer: " + filed.getRiskSignals());
        assertTrue(filed.getHelpLines() != null && !filed.getHelpLines().isEmpty(),
                "the answer to a self-harm filing carries no help line");
        String duty = "+9647800000101"; // Baghdad's duty contact on a local run (scripts/local-env.sh)
        await("the duty contact's text", Duration.ofSeconds(20), () -> Smsc.textsTo(duty).stream()
                .anyMatch(t -> t.contains(filed.getTrackingNumber())) ? true : null);
        RiskAlertView alert = new AlertsApi(Clients.complaints(officer)).alertList(null, null, null, 100, null).getItems().stream()
                .filter(a -> filed.getId().equals(a.getComplaintId())).findFirst().orElseThrow(() -> new AssertionError(
                        "Baghdad's intake officer is not alerted to " + filed.getTrackingNumber()));
        assertEquals(AlertLevel.INTAKE, alert.getLevel());
        assertEquals(403, assertThrows(ApiException.class, () -> new AlertsApi(Clients.complaints(Suite.token("officer.basra")))
                .alertAcknowledge(alert.getId(), null)).getCode(), "Basra's officer acknowledges a Baghdad alert");
    }

    @Test
    @Order(3)
    void anAnonymousFilersNumberIsErasedWhenTheComplaintCloses() throws Exception {
        FiledComplaint filed = new AnonymousApi(Clients.complaints(null)).trackingFile(complaint("مجهولة", Story.newPhone()), null, null);
        String phone = Smsc.newPhone();
        NotificationsApi notifications = new NotificationsApi(Clients.complaints(null));
        notifications.trackingNotificationAnonymousChoose(filed.getTrackingNumber(), filed.getSecret(),
                bySms(phone, NotificationChoice.LanguageEnum.AR), null);
        Story.decide(officer, filed.getId(), 1, new TriageDecision().outcome(TriageOutcome.REJECTED)
                .reason("لا تتوفر معلومات كافية للتحقيق"));
        // told of the decision first, then forgotten (the erasure job runs every minute)
        NotificationChoiceView erased = await("the number to be erased", Duration.ofSeconds(150), () -> Story.quietly(() -> {
            NotificationChoiceView choice = notifications.trackingNotificationAnonymousChoice(filed.getTrackingNumber(),
                    filed.getSecret(), null);
            return choice.getErasedAt() != null ? choice : null;
        }));
        assertEquals(null, erased.getPhoneEnding(), "an erased contact still shows its number's ending");
        assertEquals(1, Smsc.textsTo(phone).size(), "the rejection was not texted once before the number was erased");
    }

    @Test
    @Order(4)
    void twoInstancesOfEachServiceShareTheRelaysAndScheduledJobsWithoutDuplicates() throws Exception {
        Suite.start("complaints-service", 2);
        Suite.start("cases-service", 2);
        try {
            List<String[]> filed = new ArrayList<>(fileAndAccept(3, 1));
            filed.addAll(fileAndAccept(3, 2));
            assertArrivedExactlyOnce(filed);
            // the audit seal job ran on both instances over one log: the whole hash chain still holds
            String auditor = Suite.token("auditor");
            assertTrue(new org.sanad.client.complaints.api.AuditApi(Clients.complaints(auditor)).auditVerify(true, null).getIntact(),
                    "complaints' audit chain broken");
            assertTrue(new org.sanad.client.cases.api.AuditApi(Clients.cases(auditor)).auditVerify(true, null).getIntact(),
                    "cases' audit chain broken");
        } finally {
            Suite.stop("complaints-service", 2);
            Suite.stop("cases-service", 2);
        }
    }

    /**
     * A web app's path, in a real browser: Keycloak's login page (code flow with PKCE on the public
     * client sanad-web), then a complaint with an evidence file filed from the page's own origin
     * through the published TypeScript client, @sanad/client (CORS). web/browser-test.mjs drives Debian's Chromium
     * and keeps a screenshot of the final page in target/e2e/browser-final.png.
     */
    @Test
    @Order(6)
    void aCitizenLogsInFromABrowserWithPkceAndFilesAComplaintWithEvidence() throws Exception {
        Path log = Suite.LOGS.resolve("browser-test.log");
        Process browser = new ProcessBuilder("node", "web/browser-test.mjs", "amal", "amal").directory(new File("."))
                .redirectError(log.toFile()).start();
        String answer = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(browser.waitFor(3, java.util.concurrent.TimeUnit.MINUTES), "the browser test hangs");
        assertEquals(0, browser.exitValue(), "the browser test failed:\n" + Files.readString(log));
        var shown = Suite.json(answer);
        UUID id = UUID.fromString(shown.path("id").asText());
        Complaint filed = new ComplaintsApi(Clients.complaints(citizen)).complaintRead(id, null);
        assertEquals(shown.path("trackingNumber").asText(), filed.getTrackingNumber(), "the page showed another complaint");
        assertEquals("SUBMITTED", shown.path("status").asText());
        assertEquals(List.of(shown.path("sha256").asText()), new EvidenceApi(Clients.complaints(citizen)).evidenceList(id, null)
                .getItems().stream().map(Evidence::getSha256).toList(), "the page's evidence is not the complaint's");
        assertTrue(Files.size(Suite.LOGS.resolve("browser-final.png")) > 0, "no screenshot");
    }

    @Test
    @Order(5)
    void aCourtsCursorStillWorksAfterReferralsServiceRestarts() throws Exception {
        CourtIntegrationApi courts = new CourtIntegrationApi(Clients.referrals(court));
        FeedPage first = courts.courtFeed(null, 1, null, null);
        FeedPage second = courts.courtFeed(first.getNext(), 1, null, null);
        assertTrue(Boolean.TRUE.equals(first.getHasMore()), "the feed has one entry only");
        Suite.stop("referrals-service", 1);
        Suite.start("referrals-service", 1);
        CourtIntegrationApi afterRestart = new CourtIntegrationApi(Clients.referrals(Suite.clientToken("court-iq-pmc")));
        FeedPage resumed = afterRestart.courtFeed(first.getNext(), 1, null, null);
        assertEquals(second.getItems(), resumed.getItems(), "the cursor points elsewhere after the restart");
        assertNotEquals(first.getItems(), resumed.getItems());
    }

    // ---- the citizen portal in a browser (BrowserJourneys.PORTAL runs citizen-web/test/browser/journeys.mjs)

    private static com.fasterxml.jackson.databind.JsonNode portalAnonymous;

    @Test
    @Order(7)
    void aCitizenFilesFromThePortalOnAPhoneInArabicWithEvidence() throws Exception {
        var shown = BrowserJourneys.PORTAL.run("identified", "amal", "amal");
        UUID id = UUID.fromString(shown.path("complaintId").asText());
        assertEquals(shown.path("trackingNumber").asText(),
                new ComplaintsApi(Clients.complaints(citizen)).complaintRead(id, null).getTrackingNumber());
        assertEquals(List.of(shown.path("sha256").asText()), new EvidenceApi(Clients.complaints(citizen)).evidenceList(id, null)
                .getItems().stream().map(Evidence::getSha256).toList(), "the receipt's hash is not the stored evidence's");
    }

    @Test
    @Order(8)
    void anAnonymousFilerFilesFromThePortalAndFollowsItWithTheTrackingNumberAndSecret() throws Exception {
        portalAnonymous = BrowserJourneys.PORTAL.run("anonymous");
        var tracked = new AnonymousApi(Clients.complaints(null))
                .trackingTrack(portalAnonymous.path("trackingNumber").asText(), portalAnonymous.path("secret").asText(), null);
        assertEquals(List.of(portalAnonymous.path("sha256").asText()), tracked.getEvidence().stream().map(Evidence::getSha256).toList());
    }

    @Test
    @Order(9)
    void theAnonymousFilerAnswersTheOfficersQuestionInThePortal() throws Exception {
        UUID id = UUID.fromString(portalAnonymous.path("complaintId").asText());
        Story.decide(officer, id, 1, new TriageDecision().outcome(TriageOutcome.UNDER_REVIEW));
        Story.decide(officer, id, 1, new TriageDecision().outcome(TriageOutcome.NEEDS_INFORMATION)
                .question("متى وصلتك الرسالة الأولى؟ وهل ما زلت تحتفظ بها؟"));
        var answered = BrowserJourneys.PORTAL.run("answer", portalAnonymous.path("trackingNumber").asText(),
                portalAnonymous.path("secret").asText());
        Complaint seen = new ComplaintsApi(Clients.complaints(officer)).complaintRead(id, null);
        assertEquals(org.sanad.client.complaints.model.ComplaintStatus.UNDER_REVIEW, seen.getStatus());
        assertTrue(seen.getSupplements().stream().anyMatch(s -> answered.path("answer").asText().equals(s.getText())),
                "the officer does not see the answer typed in the portal");
    }

    @Test
    @Order(10)
    void aFilingTheApiRefusesIsShownFieldByFieldInArabicAndNothingTypedIsLost() {
        var refused = BrowserJourneys.PORTAL.run("refused", "huda", "huda");
        assertTrue(refused.path("deadlineMessage").asText().matches(".*\\p{IsArabic}.*"), refused.toString());
        assertTrue(refused.path("phoneMessage").asText().matches(".*\\p{IsArabic}.*"), refused.toString());
    }

    @Test
    @Order(11)
    void theQuickExitLeavesNoTraceOfThePortal() {
        var left = BrowserJourneys.PORTAL.run("quickExit");
        assertEquals(0, left.path("afterAll").path("localStorage").asInt() + left.path("afterAll").path("cookies").asInt());
    }

    @Test
    @Order(11)
    void theQuickExitAfterLoggingInLeavesNoWayBackWithoutThePassword() {
        var left = BrowserJourneys.PORTAL.run("quickExitLoggedIn", "amal", "amal").path("byButton");
        assertEquals(0, left.path("left").path("localStorage").asInt() + left.path("left").path("sessionStorage").asInt()
                + left.path("left").path("cookies").asInt(), left.toString());
        assertTrue(left.path("backTo").asText().contains("prompt=login"),
                "Back after the quick exit reaches more than the login page: " + left.path("backTo").asText());
    }

    @Test
    @Order(12)
    void amalReadsTheCourtsDecisionInThePortal() {
        var outcome = BrowserJourneys.PORTAL.run("outcome", "amal", amalsComplaint.toString());
        assertEquals("COURT_DECIDED", outcome.path("investigationStatus").asText());
    }

    @Test
    @Order(12)
    void theAnonymousFilerReadsTheCourtsDecisionInThePortalWithTheTrackingNumberAndSecretAlone() {
        var outcome = BrowserJourneys.PORTAL.run("anonymousOutcome", anonymousFiler.getTrackingNumber(), anonymousFiler.getSecret());
        assertEquals("COURT_DECIDED", outcome.path("investigationStatus").asText());
    }

    @Test
    @Order(12)
    void aVictimChoosesHowToBeToldInThePortalIsTextedAndThenStopsIt() {
        var told = BrowserJourneys.PORTAL.run("notify");
        String trackingNumber = told.path("trackingNumber").asText();
        // the portal's report gave the victim's number (+9647712345678) for the texts: the SMSC has the one it was sent
        await("the portal's filing to be texted", HAND_OFF, () -> Smsc.textsTo("+9647712345678").stream()
                .anyMatch(t -> t.contains(trackingNumber)) ? true : null);
        assertTrue(told.path("stopped").path("erasedAt").isTextual(), "stopping kept the contact: " + told);
    }

    @Test
    @Order(12)
    void aVictimAtRiskSeesTheHelpLinesFirstWhenSheFiles() {
        var helped = BrowserJourneys.PORTAL.run("helpLines");
        assertTrue(helped.path("numbers").size() > 0, helped.toString());
    }

    @Test
    @Order(13)
    void everyPageOfThePortalIsPhotographedAndPassesTheAccessibilityChecks() {
        var pages = BrowserJourneys.PORTAL.run("pages", "huda", "huda");
        assertEquals(116, pages.path("screenshots").asInt(), "29 states, each in two languages at two sizes");
    }

    // ---- the officer console in a browser (BrowserJourneys.CONSOLE runs officer-web/test/browser/journeys.mjs):
    // the story once more, worked by the officers on their own screens, from a complaint a victim filed in the portal

    private static UUID consolesComplaint;
    private static UUID consolesSecond;
    private static UUID consolesCase;
    private static UUID consolesReferral;

    @Test
    @Order(14)
    void anIntakeOfficerFindsThePortalsComplaintAndAcceptsItWithTheKeyboardInTheConsole() throws Exception {
        var filed = BrowserJourneys.PORTAL.run("identified", "huda", "huda");
        consolesComplaint = UUID.fromString(filed.path("complaintId").asText());
        Complaint huda = new ComplaintsApi(Clients.complaints(officer)).complaintRead(consolesComplaint, null);
        var triaged = BrowserJourneys.CONSOLE.run("intake", consolesComplaint.toString(), huda.getVictim().getContactPhone());
        // (the count is isolated by U+2068…U+2069 in the title, so it reads the same in Arabic and English)
        String title = triaged.path("title").asText().replaceAll("[\u2068\u2069]", "");
        assertTrue(title.matches("\\(\\d+\\) .*"), "the tab's title counts the urgent complaints: " + title);
        Complaint accepted = new ComplaintsApi(Clients.complaints(officer)).complaintRead(consolesComplaint, null);
        assertEquals(org.sanad.client.complaints.model.ComplaintStatus.ACCEPTED, accepted.getStatus());
        consolesCase = await("huda's complaint to reach its case", HAND_OFF,
                () -> Story.quietly(() -> new ComplaintsApi(Clients.complaints(officer)).complaintRead(consolesComplaint, null).getCaseId()));

        // a second victim names the same number: cases-service flags her complaint to huda's case
        String number = huda.getIdentifiers().get(0).getValue();
        consolesSecond = new ComplaintsApi(Clients.complaints(citizen)).complaintFile(complaint("نور", number), null, null).getId();
        accept(consolesSecond, 1);
        await("the second complaint's correlation flag", HAND_OFF,
                () -> Story.quietly(() -> new SuspectsAndCorrelationApi(Clients.cases(investigator)).caseDetailsCorrelations(consolesCase, null)
                        .getItems().stream().filter(f -> consolesSecond.equals(f.getComplaintId())).findFirst().orElse(null)));
    }

    @Test
    @Order(15)
    void theSupervisorAssignsTheCaseToAnInvestigatorAndReadsTheStatisticsInTheConsole() throws Exception {
        var supervised = BrowserJourneys.CONSOLE.run("supervise", consolesCase.toString());
        assertTrue(supervised.path("ok").asBoolean(), supervised.toString());
    }

    @Test
    @Order(16)
    void theInvestigatorLinksTheFlaggedComplaintRecordsTheArrestAndVerifiesEvidenceInTheConsole() throws Exception {
        var worked = BrowserJourneys.CONSOLE.run("investigate", consolesCase.toString());
        assertTrue(worked.path("arrest").asBoolean(), worked.toString());
        assertTrue(worked.path("linked").has("flagId"), "no flag was linked: " + worked);
        assertTrue(new SuspectsAndCorrelationApi(Clients.cases(investigator)).caseDetailsCorrelations(consolesCase, null).getItems()
                .stream().anyMatch(f -> consolesSecond.equals(f.getComplaintId())
                        && f.getStatus() == org.sanad.client.cases.model.FlagStatus.LINKED), "the second complaint's flag is not linked");
        await("huda to see the arrest", HAND_OFF, () -> Story.quietly(() -> new ComplaintsApi(Clients.complaints(officer))
                .complaintRead(consolesComplaint, null).getInvestigationStatus() == InvestigationStatus.ARREST_MADE ? true : null));
    }

    @Test
    @Order(17)
    void theProsecutorRefersTheCaseTheCourtDecidesAndTheProsecutorReadsTheDecisionAndClosesIt() throws Exception {
        var referred = BrowserJourneys.CONSOLE.run("refer", consolesCase.toString());
        consolesReferral = UUID.fromString(referred.path("referralId").asText());
        // the court system with the court simulator: signature and evidence checked, receipt, acceptance, hearing, decision
        CourtSide.playAndDecide(consolesReferral);
        var followed = BrowserJourneys.CONSOLE.run("followReferral", consolesReferral.toString(), "close");
        assertEquals("CLOSED", followed.path("status").asText(), followed.toString());
        await("huda to see the court's decision", HAND_OFF, () -> Story.quietly(() -> new ComplaintsApi(Clients.complaints(officer))
                .complaintRead(consolesComplaint, null).getInvestigationStatus() == InvestigationStatus.COURT_DECIDED ? true : null));
    }

    @Test
    @Order(18)
    void aReferralTheCourtReturnsIsAmendedWithTheCourtsReasonsInViewAndSubmittedAgain() {
        var prepared = BrowserJourneys.CONSOLE.run("referralCase");
        var referred = BrowserJourneys.CONSOLE.run("refer", prepared.path("caseId").asText());
        String referral = referred.path("referralId").asText();
        assertEquals("RETURNED", BrowserJourneys.CONSOLE.run("court", referral, "return").path("status").asText());
        var amended = BrowserJourneys.CONSOLE.run("followReferral", referral);
        assertEquals("SUBMITTED", amended.path("status").asText(), amended.toString());
        assertEquals(2, amended.path("version").asInt(), amended.toString());
    }

    @Test
    @Order(19)
    void theAuditorFindsEveryReadOfTheVictimsComplaintAndTheChainHolds() {
        var audited = BrowserJourneys.CONSOLE.run("audit", consolesComplaint.toString());
        assertTrue(audited.path("reads").asInt() >= 2, "the intake officer's and the investigator's reads at least: " + audited);
        assertTrue(audited.path("intact").asBoolean(), audited.toString());
    }

    @Test
    @Order(20)
    void aBasraInvestigatorOpeningTheBaghdadCaseReadsTheApisRefusal() {
        var refused = BrowserJourneys.CONSOLE.run("refusedCase", consolesCase.toString());
        assertEquals(403, refused.path("status").asInt(), refused.toString());
    }

    @Test
    @Order(20)
    void complaintsAtRiskFiledWhileTheConsoleIsOpenAreSaidOnceCountedAndAcknowledged() {
        var alerted = BrowserJourneys.CONSOLE.run("alerts");
        String selfHarm = alerted.path("selfHarm").asText();
        assertTrue(selfHarm.startsWith("IQ-"), alerted.toString());
        assertTrue(!alerted.path("acknowledgedBy").asText().isEmpty(), "the officer's acknowledgement is not recorded: " + alerted);
        // the duty contact was texted for each of them, at the SMSC
        String duty = "+9647800000101";
        for (String trackingNumber : List.of(selfHarm, alerted.path("minor").asText())) {
            await("the duty contact's text for " + trackingNumber, Duration.ofSeconds(20),
                    () -> Smsc.textsTo(duty).stream().anyMatch(t -> t.contains(trackingNumber)) ? true : null);
        }
    }

    @Test
    @Order(20)
    void theOperatorSeesDeadHandOffsAndTheKeysInTheConsole() {
        assertTrue(BrowserJourneys.CONSOLE.run("operate").path("ok").asBoolean());
    }

    @Test
    @Order(20)
    void anUnattendedConsoleLogsOutEmptiesTheScreenAndAsksForThePasswordAgain() {
        var idle = BrowserJourneys.CONSOLE.run("idle", consolesComplaint.toString());
        assertTrue(idle.path("endedIdle").asBoolean(), idle.toString());
        assertTrue(idle.path("passwordAsked").asBoolean(), idle.toString());
    }

    // ---- a rolling upgrade's two versions on one schema (docs/operations/upgrades.md), last: it changes the
    // schema under the running suite and takes its change away again

    /**
     * The running release (instance 1, started before) keeps filing and accepting while the next
     * release's migration expands its schema (a nullable column, a table, an index built
     * CONCURRENTLY), a second instance starts on the expanded schema and both serve the same data,
     * and the running release restarts on it, as a rollback would start the previous image: Flyway
     * accepts the applied migrations it does not know (ignore-migration-patterns *:future, sanad-core's)
     * and Hibernate's validation finds every column it maps. "Next release" here is the same code
     * with a forward migration; new code reading the new column is not part of it.
     */
    @Test
    @Order(21)
    void theRunningReleaseServesThroughTheNextReleasesMigrationAndRestartsOnTheExpandedSchema() throws Exception {
        ComplaintsApi running = new ComplaintsApi(Clients.complaints(citizen, 1));
        UUID before = running.complaintFile(complaint("آمال", Story.newPhone()), null, null).getId();
        ExecutorService filer = Executors.newSingleThreadExecutor();
        try {
            // filings through the running release for as long as the migration runs
            AtomicBoolean migrating = new AtomicBoolean(true);
            Future<List<UUID>> duringTheMigration = filer.submit(() -> {
                List<UUID> filed = new ArrayList<>();
                do {
                    filed.add(running.complaintFile(complaint("هدى", Story.newPhone()), null, null).getId());
                    Thread.sleep(250);
                } while (migrating.get());
                return filed;
            });
            var migrated = Rehearsal.migrate();
            migrating.set(false);
            assertEquals(Rehearsal.VERSIONS.size(), migrated.migrationsExecuted, "the rehearsal's migrations: " + migrated.migrations);
            assertEquals(Map.of("99", true, "99.1", true), Rehearsal.applied());
            assertTrue(Rehearsal.indexValid(), "the index built CONCURRENTLY is not valid");
            List<UUID> filedMeanwhile = duringTheMigration.get(1, TimeUnit.MINUTES);

            // the running release, on the expanded schema: its writes land (the column it does not know left null)
            UUID after = running.complaintFile(complaint("سارة", Story.newPhone()), null, null).getId();
            accept(after, 1);
            for (UUID id : List.of(before, filedMeanwhile.get(0), after)) {
                assertTrue(Rehearsal.writtenWithoutTheNewColumn(id), "complaint " + id + " is not in the expanded table");
            }
            Rehearsal.noteAsTheService(after);

            // a second instance starts on the expanded schema; the two serve the same records side by side
            Suite.start(Rehearsal.SERVICE, 2);
            ComplaintsApi second = new ComplaintsApi(Clients.complaints(citizen, 2));
            UUID onTheSecond = second.complaintFile(complaint("نور", Story.newPhone()), null, null).getId();
            for (UUID id : List.of(before, after, onTheSecond)) {
                assertEquals(running.complaintRead(id, null).getTrackingNumber(), second.complaintRead(id, null).getTrackingNumber());
            }
            assertEquals(ComplaintStatus.ACCEPTED, second.complaintRead(after, null).getStatus());
            await("the complaint accepted after the migration to reach its case", HAND_OFF,
                    () -> Story.quietly(() -> second.complaintRead(after, null).getCaseId()));

            // the rollback: the running release stops and starts again on the schema with two migrations it does not know
            Suite.stop(Rehearsal.SERVICE, 1);
            Suite.start(Rehearsal.SERVICE, 1);
            ComplaintsApi restarted = new ComplaintsApi(Clients.complaints(citizen, 1));
            for (UUID id : List.of(before, after, onTheSecond)) {
                assertEquals(second.complaintRead(id, null).getTrackingNumber(), restarted.complaintRead(id, null).getTrackingNumber());
            }
            UUID afterTheRollback = restarted.complaintFile(complaint("ريم", Story.newPhone()), null, null).getId();
            assertEquals(afterTheRollback, second.complaintRead(afterTheRollback, null).getId());
            assertEquals(Map.of("99", true, "99.1", true), Rehearsal.applied(), "the restart changed the schema history");
        } finally {
            filer.shutdownNow();
            Suite.stop(Rehearsal.SERVICE, 2);
            Rehearsal.remove();
        }
    }
}
