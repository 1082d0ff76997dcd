package org.sanad.cases.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.sanad.core.persistence.ActorStamped;
import org.sanad.privacy.Encrypted;

/** One link of an evidence item's chain of custody: who, when, where, and whether the hash held. */
@Entity
@Table(name = "custody_entry")
public class CustodyEntry extends ActorStamped {

    @Id
    public UUID id;

    @Column(name = "item_id", nullable = false)
    public UUID itemId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CustodyAction action;

    @Encrypted
    public String location;

    @Column(name = "hash_checked", nullable = false)
    public boolean hashChecked;

    @Column(name = "hash_matched")
    public Boolean hashMatched;

    @Column(name = "observed_sha256")
    public String observedSha256;

    @Encrypted
    public String note;

    public static List<CustodyEntry> ofItem(UUID itemId) {
        return list("itemId = ?1 order by occurredAt, id", itemId);
    }

    /** The custody logs of all of a case's items in one query, by item, each oldest first. */
    public static Map<UUID, List<CustodyEntry>> ofCase(UUID caseId) {
        return CustodyEntry.<CustodyEntry> list(
                "itemId in (select i.id from EvidenceItem i where i.caseId = ?1) order by occurredAt, id", caseId)
                .stream().collect(Collectors.groupingBy(e -> e.itemId));
    }
}
