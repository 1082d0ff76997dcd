package org.sanad.cases.handoff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.core.time.Timestamps;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseIdentifier;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.IdentifierSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.rules.ArabicText;
import org.sanad.cases.rules.CaseLinks;
import org.sanad.cases.service.CaseNumbers;
import org.sanad.cases.service.CorrelationService;
import org.sanad.cases.service.IdentifierIndex;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/** A complaint's first arrival: into the case the intake officer named, or a new one. */
@ApplicationScoped
public class ComplaintLinker {

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    IdentifierIndex index;

    @Inject
    CorrelationService correlations;

    @Inject
    CaseAnnouncer announcer;

    @Inject
    DeliveryRecords records;

    @Inject
    AuditLog audit;

    @Transactional(TxType.MANDATORY)
    public void link(ComplaintDelivery delivery) {
        Instant now = Timestamps.now();
        InvestigationCase investigation = targetCase(delivery, now);
        CaseComplaint link = newLink(investigation, delivery, now);
        List<CaseIdentifier> identifiers = index.add(investigation.id, IdentifierSource.COMPLAINT,
                delivery.complaintId(), DeliveryRecords.identifiers(delivery), now);
        for (ComplaintDelivery.EvidenceReference reference : delivery.evidence()) {
            records.referenceEvidence(investigation, delivery, reference, now);
        }
        CaseLinks.raisePriority(investigation, link);
        if (link.requestedOfficerGender != null && investigation.requestedOfficerGender == null) {
            investigation.requestedOfficerGender = link.requestedOfficerGender;
        }
        investigation.updatedAt = now;
        records.note(investigation, "Complaint " + delivery.trackingNumber() + " linked, accepted by "
                + delivery.acceptedBy(), now);
        correlations.flagMatches(investigation, delivery.complaintId(), identifiers, now);
        announcer.announce(investigation, List.of(delivery.complaintId()), now);
        audit.success(CasesAuditAction.CASE_COMPLAINT_LINK, CasesAuditRecord.CASE, investigation.id);
    }

    /**
     * The case the intake officer named, if it can take the complaint (exists, not closed, same
     * governorate); otherwise a new case, with a timeline note saying why.
     */
    private InvestigationCase targetCase(ComplaintDelivery delivery, Instant now) {
        if (delivery.targetCaseNumber() == null || delivery.targetCaseNumber().isBlank()) {
            return newCase(delivery, now);
        }
        Optional<InvestigationCase> named = InvestigationCase.findByNumber(delivery.targetCaseNumber().strip());
        if (named.isPresent() && named.get().status != CaseStatus.CLOSED
                && named.get().governorate.equals(delivery.governorate())) {
            return named.get();
        }
        InvestigationCase created = newCase(delivery, now);
        records.note(created, "Requested case " + delivery.targetCaseNumber() + " could not take the complaint "
                + "(unknown, closed or of another governorate); opened this case instead", now);
        return created;
    }

    private InvestigationCase newCase(ComplaintDelivery delivery, Instant now) {
        InvestigationCase investigation = new InvestigationCase();
        investigation.id = UUID.randomUUID();
        investigation.caseNumber = caseNumbers.next(delivery.governorate());
        investigation.title = String.join(", ", new TreeSet<>(delivery.threatTypes())) + " via "
                + String.join(", ", new TreeSet<>(delivery.platforms())) + " (" + delivery.trackingNumber() + ")";
        investigation.governorate = delivery.governorate();
        investigation.status = CaseStatus.OPEN;
        investigation.priority = delivery.priority();
        investigation.priorityScore = delivery.priorityScore();
        investigation.searchText = ArabicText.fold(investigation.title);
        investigation.createdAt = now;
        investigation.updatedAt = now;
        investigation.persist();
        return investigation;
    }

    private static CaseComplaint newLink(InvestigationCase investigation, ComplaintDelivery delivery, Instant now) {
        CaseComplaint link = new CaseComplaint();
        link.id = UUID.randomUUID();
        link.caseId = investigation.id;
        link.complaintId = delivery.complaintId();
        link.trackingNumber = delivery.trackingNumber();
        link.governorate = delivery.governorate();
        link.priority = delivery.priority();
        link.priorityScore = delivery.priorityScore();
        link.minorVictim = delivery.victim().minor();
        link.selfHarmRisk = delivery.selfHarmRisk();
        link.requestedOfficerGender = delivery.requestedOfficerGender();
        link.platforms = String.join(",", new TreeSet<>(delivery.platforms()));
        link.threatTypes = String.join(",", new TreeSet<>(delivery.threatTypes()));
        link.demandTypes = String.join(",", new TreeSet<>(delivery.demandTypes()));
        if (delivery.money() != null) {
            link.moneyAmount = delivery.money().amount();
            link.moneyCurrency = delivery.money().currency();
        }
        link.deadline = delivery.deadline();
        link.acceptedAt = delivery.acceptedAt();
        link.linkedAt = now;
        link.persist();
        return link;
    }
}
