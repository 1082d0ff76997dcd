package org.sanad.complaints.rules;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.kernel.identifiers.IdentifierNormaliser;
import org.sanad.kernel.identifiers.UnrecognisedIdentifierException;
import org.sanad.kernel.jurisdiction.Jurisdiction;
import org.sanad.core.problem.FieldViolations;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.complaints.api.IdentifierInput;
import org.sanad.complaints.api.MoneyInput;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.DemandType;

/**
 * The rules of a filing that bean validation cannot say alone: they span fields or depend on
 * the jurisdiction's configuration. All broken rules are reported together.
 */
@ApplicationScoped
public class IntakeRules {

    private final Jurisdiction jurisdiction;

    private final IdentifierNormaliser normaliser;

    @Inject
    public IntakeRules(Jurisdiction jurisdiction, IdentifierNormaliser normaliser) {
        this.jurisdiction = jurisdiction;
        this.normaliser = normaliser;
    }

    /**
     * What the rules normalised on the way, for the mapper to store as it is instead of parsing the
     * same numbers again (libphonenumber was 8% of a filing's samples, half of it the second
     * parse): the victim's phone in E.164, null if none, each identifier's value, in order, and
     * the image hashes as they are kept.
     */
    public record Normalised(String victimPhone, List<String> identifiers, List<ImageHashRules.Hash> imageHashes) {
    }

    public Normalised check(NewComplaint complaint) {
        FieldViolations violations = new FieldViolations();
        if (!jurisdiction.hasRegion(complaint.governorate())) {
            violations.add("governorate", "intake.governorate.unknown");
        }
        if (complaint.victim().ageBand().isMinor() && !complaint.victim().minor()) {
            violations.add("victim.minor", "intake.victim.minor.inconsistent");
        }
        String victimPhone = null;
        if (complaint.victim().contactPhone() != null && !complaint.victim().contactPhone().isBlank()) {
            victimPhone = normalised(violations, "victim.contactPhone", () -> normaliser.phone(complaint.victim().contactPhone()));
        }
        if (complaint.demand() != null) {
            boolean moneyDemanded = complaint.demand().types().contains(DemandType.MONEY);
            if (moneyDemanded && complaint.demand().money() == null) {
                violations.add("demand.money", "intake.demand.money.required");
            }
            checkCurrency(violations, "demand.money.currency", complaint.demand().money());
        }
        checkCurrency(violations, "amountPaid.currency", complaint.amountPaid());
        List<String> identifiers = checkIdentifiers(violations, complaint.identifiers());
        List<ImageHashRules.Hash> imageHashes = ImageHashRules.check(violations, complaint.imageHashes());
        violations.throwIfAny();
        return new Normalised(victimPhone, identifiers, imageHashes);
    }

    /** Each identifier's normalised value, in order (none for no identifiers); one that has none is a violation. */
    public List<String> checkIdentifiers(FieldViolations violations, List<IdentifierInput> identifiers) {
        if (identifiers == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>(identifiers.size());
        for (int i = 0; i < identifiers.size(); i++) {
            IdentifierInput identifier = identifiers.get(i);
            values.add(normalised(violations, "identifiers[" + i + "].value",
                    () -> normaliser.normalise(identifier.type(), identifier.value())));
        }
        return values;
    }

    /** A complaint carries no more identifiers than cases-service takes with it. */
    public void checkIdentifierRoom(Complaint complaint, List<IdentifierInput> added) {
        if (added != null && complaint.identifiers.size() + added.size() > ComplaintDelivery.MAX_IDENTIFIERS) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "complaint.identifiers.too-many",
                    ComplaintDelivery.MAX_IDENTIFIERS);
        }
    }

    /** The normalised value, or null with the violation added. */
    private static String normalised(FieldViolations violations, String field, Supplier<String> normalisation) {
        try {
            return normalisation.get();
        } catch (UnrecognisedIdentifierException e) {
            violations.add(field, e.getMessage());
            return null;
        }
    }

    private static void checkCurrency(FieldViolations violations, String field, MoneyInput money) {
        if (money == null) {
            return;
        }
        try {
            Currency.getInstance(money.currency());
        } catch (IllegalArgumentException e) {
            violations.add(field, "intake.currency.unknown");
        }
    }
}
