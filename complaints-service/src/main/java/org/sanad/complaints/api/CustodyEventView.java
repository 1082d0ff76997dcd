package org.sanad.complaints.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.CustodyAction;

@Schema(name = "CustodyEvent")
public record CustodyEventView(CustodyAction action, Instant occurredAt, String actorSubject, String actorRoles,
        String sha256, String note) {
}
