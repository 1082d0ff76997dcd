package org.sanad.complaints.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.privacy.BlindIndex;
import org.sanad.complaints.api.ComplaintSummary;
import org.sanad.complaints.api.ComplaintView;
import org.sanad.complaints.api.CustodyEventView;
import org.sanad.complaints.api.DemandInput;
import org.sanad.complaints.api.EvidenceView;
import org.sanad.complaints.api.HistoryEntry;
import org.sanad.complaints.api.IdentifierInput;
import org.sanad.complaints.api.ImageHashView;
import org.sanad.complaints.api.MoneyInput;
import org.sanad.complaints.api.NewComplaint;
import org.sanad.complaints.api.TrackingView;
import org.sanad.complaints.api.VictimIdentity;
import org.sanad.complaints.domain.BlackmailerIdentifier;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.CustodyEvent;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.domain.HashSubmission;
import org.sanad.complaints.domain.ImageHash;
import org.sanad.complaints.domain.StatusChange;
import org.sanad.complaints.domain.Victim;
import org.sanad.complaints.rules.ImageHashRules;

/** Between the API model and the entities. Inputs reach here already validated. */
@ApplicationScoped
public class ComplaintMapper {

    @Inject
    BlindIndex blindIndex;

    /** The blind index a victim's E.164 phone is found by. */
    public String phoneIndex(String e164) {
        return blindIndex.of("victim-phone", e164);
    }

    /** The filing's values, its phone and identifiers as the intake rules normalised them. */
    public void fill(Complaint complaint, NewComplaint input, String victimPhone, List<String> identifierValues,
            Instant now) {
        complaint.reporterRelation = input.reporterRelation();
        complaint.victim = new Victim();
        complaint.victim.name = blankToNull(input.victim().name());
        complaint.victim.contactPhone = victimPhone;
        complaint.victim.phoneIndex = phoneIndex(complaint.victim.contactPhone);
        complaint.victim.ageBand = input.victim().ageBand();
        complaint.victim.minor = input.victim().minor();
        complaint.victim.gender = input.victim().gender();
        complaint.victim.prefersSameGenderOfficer = input.victim().prefersSameGenderOfficer();
        complaint.governorate = input.governorate();
        complaint.platforms.addAll(input.platforms());
        complaint.threatTypes.addAll(input.threatTypes());
        if (input.demand() != null) {
            complaint.demandTypes.addAll(input.demand().types());
            complaint.demandDetails = blankToNull(input.demand().details());
            if (input.demand().money() != null) {
                complaint.moneyAmount = input.demand().money().amount();
                complaint.moneyCurrency = input.demand().money().currency();
            }
        }
        complaint.deadline = input.deadline();
        if (input.amountPaid() != null) {
            complaint.amountPaid = input.amountPaid().amount();
            complaint.amountPaidCurrency = input.amountPaid().currency();
        }
        complaint.narrative = input.narrative();
        complaint.selfHarmRisk = input.selfHarmRisk();
        addIdentifiers(complaint, input.identifiers(), identifierValues, now);
    }

    /** The identifiers, each with its value as the intake rules normalised it (the same order). */
    public void addIdentifiers(Complaint complaint, List<IdentifierInput> identifiers, List<String> normalisedValues,
            Instant now) {
        if (identifiers == null) {
            return;
        }
        for (int i = 0; i < identifiers.size(); i++) {
            IdentifierInput input = identifiers.get(i);
            BlackmailerIdentifier identifier = new BlackmailerIdentifier();
            identifier.id = UUID.randomUUID();
            identifier.complaint = complaint;
            identifier.position = complaint.identifiers.size();
            identifier.type = input.type();
            identifier.rawValue = input.value().strip();
            identifier.normalisedValue = normalisedValues.get(i);
            identifier.addedAt = now;
            complaint.identifiers.add(identifier);
        }
    }

    /** The hashes as the image hash rules keep them, each new to the complaint. */
    public void addImageHashes(Complaint complaint, List<ImageHashRules.Hash> hashes, HashSubmission addedWith,
            Instant now) {
        for (ImageHashRules.Hash given : hashes) {
            ImageHash hash = new ImageHash();
            hash.id = UUID.randomUUID();
            hash.complaint = complaint;
            hash.position = complaint.imageHashes.size();
            hash.algorithm = given.algorithm();
            hash.value = given.value();
            hash.quality = given.quality();
            hash.label = given.label();
            hash.addedWith = addedWith;
            hash.addedAt = now;
            complaint.imageHashes.add(hash);
        }
    }

    public ComplaintView toView(Complaint c) {
        Victim v = c.victim;
        return new ComplaintView(c.id, c.trackingNumber, c.status, c.priority, c.priorityScore, c.filerKind,
                c.reporterRelation,
                new ComplaintView.VictimView(v.name, v.contactPhone, v.ageBand, v.minor, v.gender,
                        v.prefersSameGenderOfficer),
                c.governorate, sorted(c.platforms), c.identifiers.stream()
                        .map(i -> new ComplaintView.IdentifierView(i.type, i.rawValue, i.normalisedValue))
                        .toList(),
                sorted(c.threatTypes), demand(c), c.deadline,
                money(c.amountPaid, c.amountPaidCurrency), c.narrative, c.selfHarmRisk, c.pendingQuestion,
                c.duplicateOf, c.rejectionReason,
                c.supplements.stream().map(s -> new ComplaintView.SupplementView(s.addedAt, s.text)).toList(),
                imageHashes(c), c.caseId, c.caseNumber, c.investigationStatus,
                c.submittedAt, c.updatedAt, c.triageDueAt, c.escalation, c.version);
    }

    public ComplaintSummary toSummary(Complaint c) {
        return new ComplaintSummary(c.id, c.trackingNumber, c.status, c.investigationStatus, c.priority,
                c.priorityScore, c.governorate, sorted(c.platforms), sorted(c.threatTypes),
                new ComplaintSummary.VictimFacts(c.victim.minor, c.victim.prefersSameGenderOfficer), c.selfHarmRisk,
                c.deadline, c.submittedAt, c.triageDueAt, c.escalation);
    }

    /** The filer sees what changed and the note meant for them; officers also see who and why. */
    public HistoryEntry toHistoryEntry(StatusChange change, boolean forOfficer) {
        return new HistoryEntry(change.fromStatus, change.toStatus, change.changedAt, change.publicNote,
                forOfficer ? change.actorSubject : null, forOfficer ? change.internalNote : null);
    }

    public TrackingView toTrackingView(Complaint c, List<StatusChange> history, List<Evidence> evidence) {
        return new TrackingView(c.trackingNumber, c.status, c.pendingQuestion, c.rejectionReason, c.investigationStatus,
                history.stream().map(h -> toHistoryEntry(h, false)).toList(),
                evidence.stream().map(this::toEvidenceView).toList(), imageHashes(c), c.submittedAt, c.updatedAt,
                c.version);
    }

    public EvidenceView toEvidenceView(Evidence e) {
        return new EvidenceView(e.id, e.file.name, e.file.contentType, e.file.sizeBytes, e.file.sha256,
                e.receivedAt, e.file.purgedAt);
    }

    public CustodyEventView toCustodyView(CustodyEvent e) {
        return new CustodyEventView(e.action, e.occurredAt, e.actorSubject, e.actorRoles, e.sha256, e.note);
    }

    private static List<ImageHashView> imageHashes(Complaint c) {
        return c.imageHashes.stream().map(h -> new ImageHashView(h.algorithm, h.value, h.quality, h.isLowQuality(),
                h.label, h.addedWith, h.addedAt)).toList();
    }

    /** A detached, ordered copy: stable JSON, and no lazy collection outlives the transaction. */
    private static <E extends Enum<E>> Set<E> sorted(Set<E> values) {
        return new TreeSet<>(values);
    }

    private static DemandInput demand(Complaint c) {
        return c.demandTypes.isEmpty() ? null
                : new DemandInput(sorted(c.demandTypes), money(c.moneyAmount, c.moneyCurrency), c.demandDetails);
    }

    private static MoneyInput money(BigDecimal amount, String currency) {
        return amount == null ? null : new MoneyInput(amount, currency);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public VictimIdentity toVictimIdentity(Complaint complaint, Instant disclosedAt) {
        Victim v = complaint.victim;
        return new VictimIdentity(complaint.id, v.name, v.contactPhone, v.ageBand, v.minor, v.gender, disclosedAt);
    }
}
