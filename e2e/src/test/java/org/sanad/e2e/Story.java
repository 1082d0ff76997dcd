package org.sanad.e2e;

import static org.sanad.e2e.Suite.header;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** The steps the end-to-end tests and the demo data share, through the generated clients. */
final class Story {

    private Story() {
    }

    /** A mobile number nobody else in the databases has (an extortionist of this run). */
    static String newPhone() {
        return "077" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** A victim's own complaint about money demanded under threat of publishing her images. */
    static NewComplaint complaint(String victimName, String extortionistPhone, String governorate) {
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
    static Complaint decide(String officer, UUID complaint, int instance, TriageDecision decision) throws ApiException {
        org.sanad.client.complaints.ApiClient client = Clients.complaints(officer, instance);
        ApiResponse<Complaint> current = new ComplaintsApi(client).complaintReadWithHttpInfo(complaint, null);
        return new TriageApi(client).triageDecide(complaint, decision, header(current.getHeaders(), "ETag"), null);
    }

    /** Under review, then accepted: the hand-off to cases-service starts. */
    static void accept(String officer, UUID complaint, int instance) throws ApiException {
        decide(officer, complaint, instance, new TriageDecision().outcome(TriageOutcome.UNDER_REVIEW));
        decide(officer, complaint, instance, new TriageDecision().outcome(TriageOutcome.ACCEPTED));
    }

    static File file(String suffix, byte[] bytes) throws IOException {
        Path path = Files.createTempFile("sanad-e2e-", suffix);
        Files.write(path, bytes);
        path.toFile().deleteOnExit();
        return path.toFile();
    }

    /** The call's answer, or null when it fails (for polling with Suite.await). */
    static <T> T quietly(ThrowingSupplier<T> call) {
        try {
            return call.get();
        } catch (Exception e) {
            return null;
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier<T> {
        T get() throws Exception;
    }
}
