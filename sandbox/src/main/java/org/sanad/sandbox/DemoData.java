package org.sanad.sandbox;

import static org.sanad.sandbox.Sandbox.await;
import static org.sanad.sandbox.Sandbox.header;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.sanad.client.cases.api.CasesApi;
import org.sanad.client.cases.api.SuspectsAndCorrelationApi;
import org.sanad.client.cases.model.ActionType;
import org.sanad.client.cases.model.NewAction;
import org.sanad.client.cases.model.NewSuspect;
import org.sanad.client.complaints.api.AnonymousApi;
import org.sanad.client.complaints.api.ComplaintsApi;
import org.sanad.client.complaints.model.AgeBand;
import org.sanad.client.complaints.model.NewComplaint;
import org.sanad.client.complaints.model.Platform;
import org.sanad.client.complaints.model.ThreatType;
import org.sanad.client.complaints.model.TriageDecision;
import org.sanad.client.complaints.model.TriageOutcome;
import org.sanad.client.referrals.api.CourtIntegrationApi;
import org.sanad.client.referrals.api.ReferralsApi;
import org.sanad.client.referrals.model.Decision;
import org.sanad.client.referrals.model.DefendantInput;
import org.sanad.client.referrals.model.Hearing;
import org.sanad.client.referrals.model.Receipt;
import org.sanad.client.referrals.model.ReferralInput;
import org.sanad.client.referrals.model.Review;
import org.sanad.client.referrals.model.ReviewOutcome;
import org.sanad.client.referrals.model.Verdict;
import org.sanad.client.referrals.model.VerdictOutcome;

/**
 * Fills the running local suite with demo records (scripts/run-local.sh --demo-data, the bundle's
 * start.sh --demo-data, or scripts/demo-data.sh), through the published Java client, so that a frontend
 * developer sees at once: intake queues of two governorates with every priority, complaints at
 * every triage outcome, three serial extortionists (one across governorates), correlation flags
 * open and linked, cases from just opened to decided, and a referral in each demo court's feed.
 * Each run adds a new set (new extortionists' numbers); nothing is deleted.
 */
public final class DemoData {

    private static final Duration HAND_OFF = Duration.ofSeconds(90);
    private final String amal = Sandbox.token("amal");
    private final String huda = Sandbox.token("huda");
    private final String baghdad = Sandbox.token("officer.baghdad");
    private final String basra = Sandbox.token("officer.basra");
    private final String investigator = Sandbox.token("investigator.baghdad");
    private final String prosecutor = Sandbox.token("prosecutor");

    public static void main(String[] args) throws Exception {
        new DemoData().fill();
    }

    private UUID file(String citizen, NewComplaint complaint) throws Exception {
        return new ComplaintsApi(Sandbox.complaints(citizen, 1)).complaintFile(complaint, null, null).getId();
    }

    private UUID fileAnonymously(NewComplaint complaint) throws Exception {
        return new AnonymousApi(Sandbox.complaints(null, 1)).trackingFile(complaint, null, null).getId();
    }

    private UUID caseOf(String citizen, UUID complaint) {
        return await("complaint " + complaint + " to reach its case", HAND_OFF, () -> DemoStory.quietly(
                () -> new ComplaintsApi(Sandbox.complaints(citizen, 1)).complaintRead(complaint, null).getCaseId()));
    }

    private void fill() throws Exception {
        String serialBaghdad = DemoStory.newPhone();
        String serialBasra = DemoStory.newPhone();
        String acrossGovernorates = DemoStory.newPhone();
        String decided = DemoStory.newPhone();

        // queues: what waits for the intake officers, at every priority
        NewComplaint minor = DemoStory.complaint("نور", DemoStory.newPhone(), "IQ-BG");
        minor.getVictim().minor(true).ageBand(AgeBand.FROM_15_TO_17);
        file(amal, minor.reporterRelation(org.sanad.client.complaints.model.ReporterRelation.PARENT));
        NewComplaint deadline = DemoStory.complaint("سارة", DemoStory.newPhone(), "IQ-BG")
                .deadline(OffsetDateTime.now(ZoneOffset.UTC).plusHours(20)).selfHarmRisk(true);
        file(amal, deadline);
        file(huda, DemoStory.complaint("مريم", DemoStory.newPhone(), "IQ-BG").platforms(List.of(Platform.TELEGRAM))
                .threatTypes(List.of(ThreatType.PUBLISH_FAMILY_PHOTOS)));
        file(huda, DemoStory.complaint("زينب", DemoStory.newPhone(), "IQ-BA"));
        fileAnonymously(DemoStory.complaint("مجهولة", DemoStory.newPhone(), "IQ-BA").platforms(List.of(Platform.SNAPCHAT)));

        // every triage outcome short of acceptance
        UUID question = file(amal, DemoStory.complaint("هبة", DemoStory.newPhone(), "IQ-BG"));
        DemoStory.decide(baghdad, question, 1, new TriageDecision().outcome(TriageOutcome.UNDER_REVIEW));
        DemoStory.decide(baghdad, question, 1, new TriageDecision().outcome(TriageOutcome.NEEDS_INFORMATION)
                .question("ما اسم الحساب الذي راسلك؟"));
        UUID rejected = file(huda, DemoStory.complaint("ليلى", DemoStory.newPhone(), "IQ-BG"));
        DemoStory.decide(baghdad, rejected, 1, new TriageDecision().outcome(TriageOutcome.UNDER_REVIEW));
        DemoStory.decide(baghdad, rejected, 1, new TriageDecision().outcome(TriageOutcome.REJECTED)
                .reason("البلاغ لا يتعلق بابتزاز إلكتروني"));

        // a serial extortionist in Baghdad: three victims, one of them anonymous, linked into one case
        UUID first = file(amal, DemoStory.complaint("آمال", serialBaghdad, "IQ-BG"));
        UUID second = file(huda, DemoStory.complaint("هدى", serialBaghdad, "IQ-BG"));
        UUID third = fileAnonymously(DemoStory.complaint("مجهولة", serialBaghdad, "IQ-BG"));
        // one in Basra, whose second victim is flagged but not yet linked
        UUID basraFirst = file(huda, DemoStory.complaint("رنا", serialBasra, "IQ-BA"));
        UUID basraSecond = fileAnonymously(DemoStory.complaint("مجهولة", serialBasra, "IQ-BA"));
        // one who writes to victims in both governorates
        UUID acrossBaghdad = file(amal, DemoStory.complaint("دعاء", acrossGovernorates, "IQ-BG"));
        UUID acrossBasra = file(huda, DemoStory.complaint("سلمى", acrossGovernorates, "IQ-BA"));
        UUID decidedComplaint = file(amal, DemoStory.complaint("إيمان", decided, "IQ-BG"));
        for (UUID complaint : List.of(first, second, third, acrossBaghdad, decidedComplaint)) {
            DemoStory.accept(baghdad, complaint, 1);
        }
        for (UUID complaint : List.of(basraFirst, basraSecond, acrossBasra)) {
            DemoStory.accept(basra, complaint, 1);
        }

        UUID serialCase = caseOf(amal, first);
        SuspectsAndCorrelationApi correlation = new SuspectsAndCorrelationApi(Sandbox.cases(investigator));
        for (UUID flagged : List.of(second, third)) {
            var flag = await("the flag of " + flagged, HAND_OFF, () -> DemoStory.quietly(() -> correlation
                    .caseDetailsCorrelations(serialCase, null).getItems().stream()
                    .filter(f -> flagged.equals(f.getComplaintId())).findFirst().orElse(null)));
            correlation.caseDetailsLink(flag.getId(), serialCase, null);
        }
        UUID serialSuspect = arrest(serialCase, serialBaghdad);
        UUID pmcReferral = refer(serialCase, serialSuspect, "IQ-PMC");
        CourtIntegrationApi pmc = new CourtIntegrationApi(Sandbox.referrals(Sandbox.clientToken("court-iq-pmc")));
        pmc.courtReceipt(pmcReferral, new Receipt().version(1), null, null);

        UUID decidedCase = caseOf(amal, decidedComplaint);
        UUID decidedSuspect = arrest(decidedCase, decided);
        UUID investigativeReferral = refer(decidedCase, decidedSuspect, "IQ-BG-INV");
        CourtIntegrationApi investigative = new CourtIntegrationApi(Sandbox.referrals(Sandbox.clientToken("court-iq-bg-inv")));
        investigative.courtReceipt(investigativeReferral, new Receipt().version(1), null, null);
        investigative.courtReview(investigativeReferral, new Review().version(1).outcome(ReviewOutcome.ACCEPTED), null, null);
        investigative.courtHearing(investigativeReferral, new Hearing().version(1)
                .scheduledFor(OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0)).chamber("الهيئة الثانية"), null, null);
        investigative.courtDecision(investigativeReferral, new Decision().version(1).decidedOn(LocalDate.now(ZoneOffset.UTC))
                .verdicts(List.of(new Verdict().suspectId(decidedSuspect).statuteCode("IQ-PC-430")
                        .outcome(VerdictOutcome.CONVICTED).sentence("الحبس سنتين"))), null, null);

        System.out.printf("""
                Demo data added:
                  queues: Baghdad and Basra, a minor, a deadline with self-harm risk, anonymous filings
                  triage: one NEEDS_INFORMATION, one REJECTED
                  serial extortionists: %s (3 victims in Baghdad, linked into one case, arrest,
                    referred to IQ-PMC: received), %s (Basra, a flag open), %s (Baghdad and Basra)
                  decided: %s (arrest, IQ-BG-INV: accepted, hearing, CONVICTED)
                  see them as officer.baghdad / officer.basra / investigator.baghdad / prosecutor, the courts'
                  feeds with scripts/client-token.sh court-iq-pmc (or court-iq-bg-inv)
                """, serialBaghdad, serialBasra, acrossGovernorates, decided);
    }

    private UUID arrest(UUID caseId, String phone) throws Exception {
        UUID suspect = new SuspectsAndCorrelationApi(Sandbox.cases(investigator)).caseDetailsAddSuspect(caseId,
                new NewSuspect().displayName("المشتبه به " + phone.substring(7)).identifiers(List.of(
                        new org.sanad.client.cases.model.IdentifierInput().type(org.sanad.client.cases.model.IdentifierType.PHONE)
                                .value(phone))), null).getId();
        new CasesApi(Sandbox.cases(investigator)).caseRecord(caseId, new NewAction().type(ActionType.ARREST)
                .occurredAt(OffsetDateTime.now(ZoneOffset.UTC).withNano(0)).place("بغداد").unit("Cybercrime Baghdad")
                .suspectId(suspect), null);
        return suspect;
    }

    private UUID refer(UUID caseId, UUID suspect, String court) throws Exception {
        ReferralsApi referrals = new ReferralsApi(Sandbox.referrals(prosecutor));
        UUID id = referrals.referralDraft(new ReferralInput().caseId(caseId).courtCode(court)
                .summary("هدد المتهم الضحايا بنشر صورهم الخاصة ما لم يدفعوا المال")
                .defendants(List.of(new DefendantInput().suspectId(suspect).charges(List.of("IQ-PC-430")))), null).getId();
        referrals.referralSubmit(id, header(referrals.referralReadWithHttpInfo(id, null).getHeaders(), "ETag"), null);
        return id;
    }
}
