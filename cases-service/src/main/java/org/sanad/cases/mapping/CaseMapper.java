package org.sanad.cases.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.sanad.cases.api.ActionView;
import org.sanad.cases.api.CaseView;
import org.sanad.cases.api.ComplaintDelivery;
import org.sanad.cases.api.CustodyView;
import org.sanad.cases.api.EvidenceItemView;
import org.sanad.cases.api.FlagView;
import org.sanad.cases.api.IdentifierView;
import org.sanad.cases.api.Money;
import org.sanad.cases.api.ReferralBasis;
import org.sanad.cases.api.SuspectView;
import org.sanad.cases.domain.CaseAction;
import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.CaseIdentifier;
import org.sanad.cases.domain.CorrelationFlag;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;
import org.sanad.cases.domain.InvestigationCase;
import org.sanad.cases.domain.Suspect;

/** From entities to the API model. */
@ApplicationScoped
public class CaseMapper {

    /** @param names display names by subject (see OfficerDirectory) */
    public CaseView toView(InvestigationCase c, List<CaseComplaint> links, long openFlags, Map<String, String> names) {
        List<CaseView.LinkedComplaint> complaints = links.stream().map(this::toLinked).toList();
        Boolean honoured = c.requestedOfficerGender == null || c.leadInvestigatorGender == null ? null
                : c.requestedOfficerGender == c.leadInvestigatorGender;
        return new CaseView(c.id, c.caseNumber, c.title, c.governorate, c.owningUnit, c.leadInvestigator,
                names.get(c.leadInvestigator),
                c.leadInvestigatorGender, c.requestedOfficerGender, honoured, c.priority, c.priorityScore, c.status,
                c.closureReason, c.closureNote, complaints, openFlags, c.createdAt, c.updatedAt, c.version);
    }

    private CaseView.LinkedComplaint toLinked(CaseComplaint l) {
        return new CaseView.LinkedComplaint(l.complaintId, l.trackingNumber, l.governorate, l.priority,
                l.priorityScore, new ComplaintDelivery.VictimFacts(l.minorVictim), l.selfHarmRisk, l.requestedOfficerGender,
                split(l.platforms),
                split(l.threatTypes), split(l.demandTypes), Money.of(l.moneyAmount, l.moneyCurrency), l.deadline,
                l.acceptedAt, l.linkedAt);
    }

    /** @param caseNumbers the numbers of the flag's two cases, by case id */
    public FlagView toFlagView(CorrelationFlag f, Map<UUID, String> caseNumbers) {
        return new FlagView(f.id, f.caseId, caseNumbers.get(f.caseId), f.complaintId, f.complaintCaseId,
                caseNumbers.get(f.complaintCaseId), f.identifierType, f.normalisedValue, f.status, f.createdAt,
                f.decidedBy, f.decidedAt);
    }

    public SuspectView toSuspectView(Suspect s, List<CaseIdentifier> identifiers) {
        return new SuspectView(s.id, s.displayName, split(s.aliases), s.notes,
                identifiers.stream().map(this::toIdentifierView).toList(), s.createdAt);
    }

    public IdentifierView toIdentifierView(CaseIdentifier i) {
        return new IdentifierView(i.type, i.rawValue, i.normalisedValue);
    }

    public ActionView toActionView(CaseAction a, Map<String, String> names) {
        return new ActionView(a.id, a.type, a.occurredAt, a.recordedAt, a.officer, names.get(a.officer), a.details,
                a.place, a.unit,
                a.suspectId, a.answersActionId);
    }

    public EvidenceItemView toEvidenceView(EvidenceItem e) {
        return new EvidenceItemView(e.id, e.source, e.kind, e.description, e.complaintId, e.complaintEvidenceId,
                e.file.name, e.file.contentType, e.file.sizeBytes, e.file.sha256, e.registeredAt, e.registeredBy,
                e.file.purgedAt);
    }

    public CustodyView toCustodyView(CustodyEntry e) {
        return new CustodyView(e.action, e.occurredAt, e.actorSubject, e.actorRoles, e.location, e.hashChecked,
                e.hashMatched, e.observedSha256, e.note);
    }

    public ReferralBasis.Defendant toReferralDefendant(Suspect s, List<CaseAction> arrests) {
        return new ReferralBasis.Defendant(s.id, s.displayName, split(s.aliases),
                arrests.stream().map(a -> new ReferralBasis.Arrest(a.occurredAt, a.place, a.unit)).toList());
    }

    /** @param custody the item's custody entries, oldest first */
    public ReferralBasis.ManifestItem toManifestItem(EvidenceItem item, List<CustodyEntry> custody) {
        List<CustodyEntry> checks = custody.stream().filter(e -> e.hashChecked).toList();
        CustodyEntry last = custody.isEmpty() ? null : custody.get(custody.size() - 1);
        return new ReferralBasis.ManifestItem(item.id, item.kind, item.description, item.file.contentType, item.file.sizeBytes, item.file.sha256, item.registeredAt,
                new ReferralBasis.CustodySummary(custody.size(), checks.size(),
                        checks.stream().allMatch(e -> Boolean.TRUE.equals(e.hashMatched)),
                        last == null ? null : last.action, last == null ? null : last.occurredAt));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
