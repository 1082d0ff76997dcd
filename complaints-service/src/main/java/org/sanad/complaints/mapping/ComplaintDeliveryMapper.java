package org.sanad.complaints.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.sanad.complaints.client.ComplaintDelivery;
import org.sanad.complaints.domain.Complaint;
import org.sanad.complaints.domain.Evidence;
import org.sanad.complaints.domain.Gender;

/**
 * What of a complaint travels to the investigation: identifiers, platforms, threat, demand,
 * governorate, priority and evidence references with their SHA-256. Not the victim's name,
 * phone or narrative: investigators read those here, audited.
 */
@ApplicationScoped
public class ComplaintDeliveryMapper {

    public ComplaintDelivery toDelivery(UUID deliveryId, Complaint c, List<Evidence> evidence, String targetCaseNumber,
            Instant acceptedAt, String acceptedBy) {
        String requestedGender = c.victim.prefersSameGenderOfficer && c.victim.gender != Gender.UNDISCLOSED
                ? c.victim.gender.name() : null;
        return new ComplaintDelivery(deliveryId, c.id, c.trackingNumber, c.governorate, c.priority.name(),
                c.priorityScore, new ComplaintDelivery.VictimFacts(c.victim.minor), c.selfHarmRisk, requestedGender,
                names(c.platforms), names(c.threatTypes),
                names(c.demandTypes), money(c), c.deadline,
                c.identifiers.stream().map(i -> new ComplaintDelivery.Identifier(i.type.name(), i.rawValue)).toList(),
                evidence.stream().map(e -> new ComplaintDelivery.EvidenceReference(e.id, e.file.name,
                        e.file.contentType, e.file.sizeBytes, e.file.sha256)).toList(),
                targetCaseNumber, acceptedAt, acceptedBy);
    }

    private static ComplaintDelivery.Money money(Complaint c) {
        return c.moneyAmount == null ? null : new ComplaintDelivery.Money(c.moneyAmount, c.moneyCurrency);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
