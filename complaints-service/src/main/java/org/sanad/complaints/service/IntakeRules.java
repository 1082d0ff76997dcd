package org.sanad.complaints.service;

import java.util.Currency;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.commons.identifiers.IdentifierNormaliser;
import org.sanad.commons.identifiers.UnrecognisedIdentifierException;
import org.sanad.commons.jurisdiction.Jurisdiction;
import org.sanad.commons.problem.FieldViolations;
import org.sanad.commons.problem.ProblemException;
import org.sanad.commons.problem.ProblemType;
import org.sanad.complaints.api.IdentifierInput;
import org.sanad.complaints.api.MoneyInput;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.config.IntakeConfig;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.DemandType;

/**
 * The rules of a filing that bean validation cannot say alone: they span fields or depend on
 * the jurisdiction's configuration. All broken rules are reported together.
 */
@ApplicationScoped
public class IntakeRules {

    @Inject
    Jurisdiction jurisdiction;

    @Inject
    IntakeConfig config;

    @Inject
    IdentifierNormaliser normaliser;

    public void check(NewComplaint complaint) {
        FieldViolations violations = new FieldViolations();
        if (!jurisdiction.hasRegion(complaint.governorate())) {
            violations.add("governorate", "intake.governorate.unknown");
        }
        if (complaint.victim().ageBand().isMinor() && !complaint.victim().minor()) {
            violations.add("victim.minor", "intake.victim.minor.inconsistent");
        }
        if (complaint.victim().contactPhone() != null && !complaint.victim().contactPhone().isBlank()) {
            checkIdentifier(violations, "victim.contactPhone", () -> normaliser.phone(complaint.victim().contactPhone()));
        }
        if (complaint.demand() != null) {
            boolean moneyDemanded = complaint.demand().types().contains(DemandType.MONEY);
            if (moneyDemanded && complaint.demand().money() == null) {
                violations.add("demand.money", "intake.demand.money.required");
            }
            checkCurrency(violations, "demand.money.currency", complaint.demand().money());
        }
        checkCurrency(violations, "amountPaid.currency", complaint.amountPaid());
        checkIdentifiers(violations, complaint.identifiers());
        violations.throwIfAny();
    }

    public void checkIdentifiers(FieldViolations violations, List<IdentifierInput> identifiers) {
        if (identifiers == null) {
            return;
        }
        for (int i = 0; i < identifiers.size(); i++) {
            IdentifierInput identifier = identifiers.get(i);
            checkIdentifier(violations, "identifiers[" + i + "].value",
                    () -> normaliser.normalise(identifier.type(), identifier.value()));
        }
    }

    /** A complaint carries no more identifiers than cases-service takes with it. */
    public void checkIdentifierRoom(Complaint complaint, List<IdentifierInput> added) {
        if (added != null && complaint.identifiers.size() + added.size() > ComplaintDelivery.MAX_IDENTIFIERS) {
            throw new ProblemException(ProblemType.LIMIT_REACHED, "complaint.identifiers.too-many",
                    ComplaintDelivery.MAX_IDENTIFIERS);
        }
    }

    private static void checkIdentifier(FieldViolations violations, String field, Runnable normalisation) {
        try {
            normalisation.run();
        } catch (UnrecognisedIdentifierException e) {
            violations.add(field, e.getMessage());
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
