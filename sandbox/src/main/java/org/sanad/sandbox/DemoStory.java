package org.sanad.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.sanad.client.complaints.ApiException;
import org.sanad.client.complaints.ApiResponse;
import org.sanad.client.complaints.api.ComplaintsApi;
import org.sanad.client.complaints.api.TriageApi;
import org.sanad.client.complaints.model.AgeBand;
import org.sanad.client.complaints.model.Complaint;
import org.sanad.client.complaints.model.Demand;
import org.sanad.client.complaints.model.DemandType;
import org.sanad.client.complaints.model.Gender;
import org.sanad.client.complaints.model.IdentifierInput;
import org.sanad.client.complaints.model.IdentifierType;
import org.sanad.client.complaints.model.Money;
import org.sanad.client.complaints.model.NewComplaint;
import org.sanad.client.complaints.model.Platform;
import org.sanad.client.complaints.model.ReporterRelation;
import org.sanad.client.complaints.model.ThreatType;
import org.sanad.client.complaints.model.TriageDecision;
import org.sanad.client.complaints.model.TriageOutcome;
import org.sanad.client.complaints.model.Victim;

/** The steps the demo records and the end-to-end tests share, through the published clients. */
public final class DemoStory {

    private DemoStory() {
    }

    /** A mobile number nobody else in the databases has (an extortionist of this run). */
    public static String newPhone() {
        return "077" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** A victim's own complaint about money demanded under threat of publishing her images. */
    public static NewComplaint complaint(String victimName, String extortionistPhone, String governorate) {
        return new NewComplaint().reporterRelation(ReporterRelation.SELF)
                .victim(new Victim().name(victimName).ageBand(AgeBand.FROM_18_TO_24).minor(false).gender(Gender.FEMALE)
                        .prefersSameGenderOfficer(true))
                .governorate(governorate).platforms(List.of(Platform.INSTAGRAM, Platform.WHATSAPP))
                .identifiers(List.of(new IdentifierInput().type(IdentifierType.PHONE).value(extortionistPhone)))
                .threatTypes(List.of(ThreatType.PUBLISH_INTIMATE_IMAGES))
                .demand(new Demand().types(List.of(DemandType.MONEY))
                        .money(new Money().amount(new BigDecimal("5000000")).currency("IQD")))
                .narrative("يهددني بنشر صوري الخاصة إن لم أرسل له المال").selfHarmRisk(false);
    }

    /** Takes a triage decision on the complaint's current version (If-Match its ETag). */
    public static Complaint decide(String officer, UUID complaint, int instance, TriageDecision decision) throws ApiException {
        org.sanad.client.complaints.ApiClient client = Sandbox.complaints(officer, instance);
        ApiResponse<Complaint> current = new ComplaintsApi(client).complaintReadWithHttpInfo(complaint, null);
        return new TriageApi(client).triageDecide(complaint, decision, Sandbox.header(current.getHeaders(), "ETag"), null);
    }

    /** Under review, then accepted: the hand-off to cases-service starts. */
    public static void accept(String officer, UUID complaint, int instance) throws ApiException {
        decide(officer, complaint, instance, new TriageDecision().outcome(TriageOutcome.UNDER_REVIEW));
        decide(officer, complaint, instance, new TriageDecision().outcome(TriageOutcome.ACCEPTED));
    }

    /** The call's answer, or null when it fails (for polling with Sandbox.await). */
    public static <T> T quietly(ThrowingSupplier<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            return null;
        }
    }

    @FunctionalInterface
    public interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
