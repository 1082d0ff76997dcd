package org.sanad.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.sanad.client.complaints.ApiException;
import org.sanad.client.complaints.model.Complaint;
import org.sanad.client.complaints.model.NewComplaint;
import org.sanad.client.complaints.model.TriageDecision;
import org.sanad.sandbox.DemoStory;

/** The steps the end-to-end tests take with the demo records (sandbox: DemoStory), through the generated clients. */
final class Story {

    private Story() {
    }

    /** A mobile number nobody else in the databases has (an extortionist of this run). */
    static String newPhone() {
        return DemoStory.newPhone();
    }

    /** A victim's own complaint about money demanded under threat of publishing her images. */
    static NewComplaint complaint(String victimName, String extortionistPhone, String governorate) {
        return DemoStory.complaint(victimName, extortionistPhone, governorate);
    }

    /** Takes a triage decision on the complaint's current version (If-Match its ETag). */
    static Complaint decide(String officer, UUID complaint, int instance, TriageDecision decision) throws ApiException {
        return DemoStory.decide(officer, complaint, instance, decision);
    }

    /** Under review, then accepted: the hand-off to cases-service starts. */
    static void accept(String officer, UUID complaint, int instance) throws ApiException {
        DemoStory.accept(officer, complaint, instance);
    }

    static File file(String suffix, byte[] bytes) throws IOException {
        Path path = Files.createTempFile("sanad-e2e-", suffix);
        Files.write(path, bytes);
        path.toFile().deleteOnExit();
        return path.toFile();
    }

    /** The call's answer, or null when it fails (for polling with Suite.await). */
    static <T> T quietly(DemoStory.ThrowingSupplier<T> call) {
        return DemoStory.quietly(call);
    }
}
