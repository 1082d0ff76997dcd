package org.sanad.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.kernel.identifiers.IdentifierNormaliser;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.kernel.identifiers.UnrecognisedIdentifierException;
import org.sanad.cases.domain.CaseIdentifier;
import org.sanad.cases.domain.IdentifierSource;

import io.quarkus.logging.Log;

/**
 * The index of every identifier of every linked complaint and suspect, normalised by the one
 * shared normaliser so that {@code 0770…}, {@code +964 770…} and {@code ٠٧٧٠…} are one key.
 */
@ApplicationScoped
public class IdentifierIndex {

    @Inject
    IdentifierNormaliser normaliser;

    public record Entry(IdentifierType type, String value) {
    }

    /** Indexes the entries under the case; an entry that cannot be normalised is kept as written. */
    public List<CaseIdentifier> add(UUID caseId, IdentifierSource source, UUID sourceId, List<Entry> entries,
            Instant now) {
        return entries.stream().map(entry -> {
            CaseIdentifier identifier = new CaseIdentifier();
            identifier.id = UUID.randomUUID();
            identifier.caseId = caseId;
            identifier.source = source;
            identifier.sourceId = sourceId;
            identifier.type = entry.type();
            identifier.rawValue = entry.value().strip();
            identifier.normalisedValue = normaliseLeniently(entry);
            identifier.addedAt = now;
            identifier.persist();
            return identifier;
        }).toList();
    }

    public String normalise(IdentifierType type, String value) {
        return normaliser.normalise(type, value);
    }

    private String normaliseLeniently(Entry entry) {
        try {
            return normaliser.normalise(entry.type(), entry.value());
        } catch (UnrecognisedIdentifierException e) {
            // complaints-service validated it; keeping it beats losing it, even unnormalised
            Log.warnf("Identifier of type %s kept as written: %s", entry.type(), e.getMessage());
            return entry.value().strip();
        }
    }

    public static List<CaseIdentifier> ofSource(UUID caseId, UUID sourceId) {
        return CaseIdentifier.list("caseId = ?1 and sourceId = ?2 order by addedAt, id", caseId, sourceId);
    }
}
