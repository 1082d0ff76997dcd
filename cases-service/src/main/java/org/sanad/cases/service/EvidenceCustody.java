package org.sanad.cases.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.core.identity.Caller;
import org.sanad.cases.domain.CustodyAction;
import org.sanad.cases.domain.CustodyEntry;
import org.sanad.cases.domain.EvidenceItem;

/** Writes chain-of-custody entries, comparing an observed hash with the recorded one when given. */
@ApplicationScoped
public class EvidenceCustody {

    @Inject
    Caller caller;

    public CustodyEntry record(EvidenceItem item, CustodyAction action, String location, String note,
            String observedSha256, Instant now) {
        CustodyEntry entry = new CustodyEntry();
        entry.id = UUID.randomUUID();
        entry.itemId = item.id;
        entry.action = action;
        entry.stamp(caller, now);
        entry.location = location;
        entry.note = note;
        entry.hashChecked = observedSha256 != null;
        entry.observedSha256 = observedSha256;
        entry.hashMatched = observedSha256 == null ? null : observedSha256.equals(item.file.sha256);
        entry.persist();
        return entry;
    }
}
