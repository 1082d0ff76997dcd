package org.sanad.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.sanad.commons.audit.AuditLog;
import org.sanad.commons.outbox.ProcessedMessages;
import org.sanad.commons.security.Caller;
import org.sanad.commons.time.Timestamps;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.api.DeliveryReceipt;
import org.sanad.cases.domain.ActionType;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseIdentifier;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceKind;
import org.sanad.cases.domain.EvidenceSource;
import org.sanad.cases.domain.IdentifierSource;
import org.sanad.cases.domain.InvestigationCase;

/**
 * Applies accepted complaints handed over by complaints-service. Deliveries come at least once;
 * each is applied once: a delivery id already seen, or a complaint already linked, answers with
 * the existing link and changes nothing.
 */
@ApplicationScoped
public class DeliveryService {

    @Inject
    ProcessedMessages processed;

    @Inject
    CaseNumbers caseNumbers;

    @Inject
    IdentifierIndex index;

    @Inject
    CorrelationService correlations;

    @Inject
    CaseAnnouncer announcer;

    @Inject
    EvidenceCustody custody;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    @Transactional
    public DeliveryReceipt accept(ComplaintDelivery delivery) {
        boolean first = processed.firstDelivery(delivery.deliveryId());
        List<CaseComplaint> links = CaseComplaint.list("complaintId = ?1 order by linkedAt, id", delivery.complaintId());
        if (!links.isEmpty()) {
            if (first) {
                // complaints-service sends the complaint again when it has more (evidence added later)
                Instant now = Timestamps.now();
                for (CaseComplaint link : links) {
                    addNews(InvestigationCase.findById(link.caseId), delivery, now);
                }
            }
            InvestigationCase linked = InvestigationCase.findById(links.get(0).caseId);
            return new DeliveryReceipt(linked.id, linked.caseNumber, true);
        }

        Instant now = Timestamps.now();
        InvestigationCase investigation = targetCase(delivery, now);
        CaseComplaint link = link(investigation, delivery, now);
        List<CaseIdentifier> identifiers = index.add(investigation.id, IdentifierSource.COMPLAINT,
                delivery.complaintId(), entries(delivery), now);
        for (ComplaintDelivery.EvidenceReference reference : delivery.evidence()) {
            referenceEvidence(investigation, delivery, reference, now);
        }
        CaseLinks.raisePriority(investigation, link);
        if (link.requestedOfficerGender != null && investigation.requestedOfficerGender == null) {
            investigation.requestedOfficerGender = link.requestedOfficerGender;
        }
        investigation.updatedAt = now;
        note(investigation, "Complaint " + delivery.trackingNumber() + " linked, accepted by " + delivery.acceptedBy(),
                now);
        correlations.flagMatches(investigation, delivery.complaintId(), identifiers, now);
        announcer.announce(investigation, List.of(delivery.complaintId()), now);
        audit.success(AuditRecords.LINK_COMPLAINT, AuditRecords.CASE, investigation.id);
        return new DeliveryReceipt(investigation.id, investigation.caseNumber, false);
    }

    /** Evidence and identifiers of an already linked complaint that the case does not have yet. */
    private void addNews(InvestigationCase investigation, ComplaintDelivery delivery, Instant now) {
        int added = 0;
        for (ComplaintDelivery.EvidenceReference reference : delivery.evidence()) {
            if (EvidenceItem.count("caseId = ?1 and complaintEvidenceId = ?2", investigation.id,
                    reference.evidenceId()) == 0) {
                referenceEvidence(investigation, delivery, reference, now);
                added++;
            }
        }
        List<IdentifierIndex.Entry> known = IdentifierIndex.ofSource(investigation.id, delivery.complaintId()).stream()
                .map(i -> new IdentifierIndex.Entry(i.type, i.rawValue)).toList();
        List<IdentifierIndex.Entry> fresh = entries(delivery).stream().filter(e -> !known.contains(e)).toList();
        if (!fresh.isEmpty()) {
            List<CaseIdentifier> indexed = index.add(investigation.id, IdentifierSource.COMPLAINT,
                    delivery.complaintId(), fresh, now);
            correlations.flagMatches(investigation, delivery.complaintId(), indexed, now);
        }
        if (added > 0 || !fresh.isEmpty()) {
            investigation.updatedAt = now;
            note(investigation, "Complaint " + delivery.trackingNumber() + " brought " + added + " evidence file(s) and "
                    + fresh.size() + " identifier(s)", now);
            audit.success(AuditRecords.LINK_COMPLAINT, AuditRecords.CASE, investigation.id);
        }
    }

    private static List<IdentifierIndex.Entry> entries(ComplaintDelivery delivery) {
        return delivery.identifiers().stream().map(i -> new IdentifierIndex.Entry(i.type(), i.value().strip()))
                .toList();
    }

    /**
     * The case the intake officer named, if it can take the complaint (exists, not closed, same
     * governorate); otherwise a new case, with a timeline note saying why.
     */
    private InvestigationCase targetCase(ComplaintDelivery delivery, Instant now) {
        if (delivery.targetCaseNumber() != null && !delivery.targetCaseNumber().isBlank()) {
            Optional<InvestigationCase> named = InvestigationCase.findByNumber(delivery.targetCaseNumber().strip());
            if (named.isPresent() && named.get().status != CaseStatus.CLOSED
                    && named.get().governorate.equals(delivery.governorate())) {
                return named.get();
            }
            InvestigationCase created = newCase(delivery, now);
            note(created, "Requested case " + delivery.targetCaseNumber() + " could not take the complaint "
                    + "(unknown, closed or of another governorate); opened this case instead", now);
            return created;
        }
        return newCase(delivery, now);
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

    private static CaseComplaint link(InvestigationCase investigation, ComplaintDelivery delivery, Instant now) {
        CaseComplaint link = new CaseComplaint();
        link.id = UUID.randomUUID();
        link.caseId = investigation.id;
        link.complaintId = delivery.complaintId();
        link.trackingNumber = delivery.trackingNumber();
        link.governorate = delivery.governorate();
        link.priority = delivery.priority();
        link.priorityScore = delivery.priorityScore();
        link.minorVictim = delivery.minorVictim();
        link.selfHarmRisk = delivery.selfHarmRisk();
        link.requestedOfficerGender = delivery.requestedOfficerGender();
        link.platforms = String.join(",", new TreeSet<>(delivery.platforms()));
        link.threatTypes = String.join(",", new TreeSet<>(delivery.threatTypes()));
        link.demandTypes = String.join(",", new TreeSet<>(delivery.demandTypes()));
        link.moneyAmount = delivery.moneyAmount();
        link.moneyCurrency = delivery.moneyCurrency();
        link.deadline = delivery.deadline();
        link.acceptedAt = delivery.acceptedAt();
        link.linkedAt = now;
        link.persist();
        return link;
    }

    private void referenceEvidence(InvestigationCase investigation, ComplaintDelivery delivery,
            ComplaintDelivery.EvidenceReference reference, Instant now) {
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.caseId = investigation.id;
        item.source = EvidenceSource.COMPLAINT_EVIDENCE;
        item.kind = EvidenceKind.FILE;
        item.description = "Evidence of complaint " + delivery.trackingNumber() + ": " + reference.fileName();
        item.complaintId = delivery.complaintId();
        item.complaintEvidenceId = reference.evidenceId();
        item.fileName = reference.fileName();
        item.contentType = reference.contentType();
        item.sizeBytes = reference.sizeBytes();
        item.sha256 = reference.sha256();
        item.registeredAt = now;
        item.registeredBy = caller.subject();
        item.persist();
        custody.record(item, CustodyAction.RECEIVED, null, "Reference received from complaints-service", null, now);
    }

    private void note(InvestigationCase investigation, String text, Instant now) {
        CaseAction action = new CaseAction();
        action.id = UUID.randomUUID();
        action.caseId = investigation.id;
        action.type = ActionType.NOTE;
        action.occurredAt = now;
        action.recordedAt = now;
        action.officer = caller.subject();
        action.details = text;
        action.persist();
    }
}
