package org.sanad.cases.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Suspect")
public record SuspectView(UUID id, String displayName, List<String> aliases, String notes,
        List<IdentifierView> identifiers, Instant createdAt) {
}
