package org.sanad.cases.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.cases.service.CaseRetention;
import org.sanad.commons.retention.LegalHoldEndpoints;
import org.sanad.commons.retention.LegalHolds;

/** Legal holds on a case's files (and, through complaints-service, its complaints' files). */
@Path("/cases/{id}/legal-hold")
@Tag(name = "Retention", description = "Legal holds that keep a case's files and its complaints' files past their retention period")
public class LegalHoldResource extends LegalHoldEndpoints {

    @Inject
    CaseRetention retention;

    @Override
    protected LegalHolds holds() {
        return retention;
    }
}
