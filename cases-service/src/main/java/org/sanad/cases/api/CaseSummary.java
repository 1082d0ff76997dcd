package org.sanad.cases.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.cases.domain.CaseStatus;
import org.sanad.cases.domain.Priority;

@Schema(name = "CaseSummary")
public record CaseSummary(UUID id, String caseNumber, String title, String governorate, String owningUnit,
        String leadInvestigator, Priority priority, int priorityScore, CaseStatus status, Instant createdAt) {
}
