package org.sanad.referrals.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.problem.FieldViolations;
import org.sanad.referrals.api.Court;
import org.sanad.referrals.api.ReferralInput;
import org.sanad.referrals.api.Statute;
import org.sanad.referrals.client.ReferralBasis;
import org.sanad.referrals.domain.Defendant;
import org.sanad.referrals.domain.ManifestItem;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.domain.VictimPseudonym;

/**
 * Builds a version's content from what the prosecutor chose and what the case holds: defendants
 * must be the case's suspects, charges statutes of the catalogue, evidence the case's items, the
 * court one that takes the case's governorate. Victims keep the pseudonym they had in earlier
 * versions; a victim new to the case gets the next one.
 */
@ApplicationScoped
public class ReferralComposer {

    static final String PSEUDONYM_PREFIX = "VICTIM-";

    private final Catalogue catalogue;

    @Inject
    public ReferralComposer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Fills {@code version}'s content; any choice the case or the catalogue does not allow is a 400. */
    public void compose(ReferralVersion version, ReferralInput input, ReferralBasis basis, List<VictimPseudonym> earlier) {
        FieldViolations violations = new FieldViolations();
        Court court = catalogue.court(input.courtCode()).orElse(null);
        if (court == null) {
            violations.add("courtCode", "referral.court.unknown");
        } else if (!court.serves(basis.governorate())) {
            violations.add("courtCode", "referral.court.outside-governorate");
        }
        Map<UUID, ReferralBasis.Suspect> suspects = basis.suspects().stream()
                .collect(Collectors.toMap(ReferralBasis.Suspect::id, Function.identity()));
        Set<UUID> seen = new HashSet<>();
        List<ReferralInput.DefendantInput> chosen = input.defendants();
        for (int i = 0; i < chosen.size(); i++) {
            ReferralInput.DefendantInput defendant = chosen.get(i);
            if (!suspects.containsKey(defendant.suspectId())) {
                violations.add("defendants[" + i + "].suspectId", "referral.defendant.not-a-suspect");
            } else if (!seen.add(defendant.suspectId())) {
                violations.add("defendants[" + i + "].suspectId", "referral.defendant.repeated");
            }
            for (int j = 0; j < defendant.charges().size(); j++) {
                if (catalogue.statute(defendant.charges().get(j)).isEmpty()) {
                    violations.add("defendants[" + i + "].charges[" + j + "]", "referral.charge.unknown");
                }
            }
        }
        Map<UUID, ReferralBasis.Item> items = basis.evidence().stream()
                .collect(Collectors.toMap(ReferralBasis.Item::id, Function.identity()));
        List<UUID> itemIds = input.evidenceItemIds() != null ? input.evidenceItemIds()
                : basis.evidence().stream().map(ReferralBasis.Item::id).toList();
        for (int i = 0; i < itemIds.size(); i++) {
            if (!items.containsKey(itemIds.get(i))) {
                violations.add("evidenceItemIds[" + i + "]", "referral.evidence.not-of-case");
            }
        }
        violations.throwIfAny();

        version.courtCode = court.code();
        version.summary = input.summary().strip();
        version.defendants(chosen.stream().map(d -> defendant(suspects.get(d.suspectId()), d.charges())).toList());
        List<UUID> chosenItems = itemIds.stream().distinct().toList();
        version.evidence(IntStream.range(0, chosenItems.size())
                .mapToObj(i -> manifestItem(items.get(chosenItems.get(i)), i + 1)).toList());
        version.victims = pseudonyms(basis.complaintIds(), earlier);
    }

    private Defendant defendant(ReferralBasis.Suspect suspect, List<String> charges) {
        return new Defendant(suspect.id(), suspect.displayName(), suspect.aliases(),
                suspect.arrests().stream().map(a -> new Defendant.Arrest(a.at(), a.place(), a.unit())).toList(),
                charges.stream().distinct().map(code -> charge(catalogue.statute(code).orElseThrow())).toList());
    }

    private static Defendant.Charge charge(Statute statute) {
        return new Defendant.Charge(statute.code(), statute.law(), statute.article(), statute.titleEn(), statute.titleAr());
    }

    /** @param position the item's place in the manifest, from 1 */
    private static ManifestItem manifestItem(ReferralBasis.Item item, int position) {
        ReferralBasis.Custody c = item.custody();
        return new ManifestItem(item.id(), item.kind(),
                CourtManifest.description(item.description(), item.contentType(), item.sizeBytes()),
                CourtManifest.fileName(position, item.contentType()), item.contentType(),
                item.sizeBytes(), item.sha256(), c == null ? null
                        : new ManifestItem.Custody(c.entries(), c.hashChecks(), c.allChecksMatched(), c.lastAction(), c.lastAt()));
    }

    /** Earlier pseudonyms stay with their complaints; the case's new complaints are numbered on. */
    static List<VictimPseudonym> pseudonyms(List<UUID> complaintIds, List<VictimPseudonym> earlier) {
        Map<UUID, String> known = earlier.stream()
                .collect(Collectors.toMap(VictimPseudonym::complaintId, VictimPseudonym::pseudonym));
        int next = earlier.stream().map(v -> v.pseudonym().substring(PSEUDONYM_PREFIX.length()))
                .mapToInt(Integer::parseInt).max().orElse(0) + 1;
        List<VictimPseudonym> victims = new ArrayList<>();
        for (UUID complaintId : complaintIds) {
            String pseudonym = known.get(complaintId);
            if (pseudonym == null) {
                pseudonym = PSEUDONYM_PREFIX + next++;
            }
            victims.add(new VictimPseudonym(pseudonym, complaintId));
        }
        return victims;
    }
}
