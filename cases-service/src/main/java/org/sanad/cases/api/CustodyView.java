package org.sanad.cases.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CustodyAction;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "CustodyEntry")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustodyView(CustodyAction action, Instant occurredAt, String actorSubject, String actorRoles,
        String location, boolean hashChecked, Boolean hashMatched, String observedSha256, String note) {
}
