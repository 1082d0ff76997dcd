package org.sanad.cases.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.identity.Caller;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.domain.ActionType;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.EvidenceKind;
import org.sanad.cases.domain.EvidenceSource;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.rules.EvidenceDescriptions;
import org.sanad.cases.service.EvidenceCustody;
import org.sanad.cases.service.IdentifierIndex;
import org.sanad.evidence.store.StoredFile;

/** What a delivered complaint leaves on a case: evidence references, identifiers, timeline notes. */
@ApplicationScoped
public class DeliveryRecords {

    @Inject
    EvidenceCustody custody;

    @Inject
    Caller caller;

    static List<IdentifierIndex.Entry> identifiers(ComplaintDelivery delivery) {
        return delivery.identifiers().stream().map(i -> new IdentifierIndex.Entry(i.type(), i.value().strip()))
                .toList();
    }

    /** A complaint evidence file, referenced by the case; its bytes stay in complaints-service. */
    void referenceEvidence(InvestigationCase investigation, ComplaintDelivery delivery,
            ComplaintDelivery.EvidenceReference reference, Instant now) {
        EvidenceItem item = new EvidenceItem();
        item.id = UUID.randomUUID();
        item.caseId = investigation.id;
        item.source = EvidenceSource.COMPLAINT_EVIDENCE;
        item.kind = EvidenceKind.FILE;
        item.description = EvidenceDescriptions.complaintFile(reference.contentType(), reference.sizeBytes());
        item.complaintId = delivery.complaintId();
        item.complaintEvidenceId = reference.evidenceId();
        item.file = new StoredFile();
        item.file.name = reference.fileName();
        item.file.contentType = reference.contentType();
        item.file.sizeBytes = reference.sizeBytes();
        item.file.sha256 = reference.sha256();
        item.registeredAt = now;
        item.registeredBy = caller.subject();
        item.persist();
        custody.record(item, CustodyAction.RECEIVED, null, "Reference received from complaints-service", null, now);
    }

    void note(InvestigationCase investigation, String text, Instant now) {
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
