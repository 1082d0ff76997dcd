package org.sanad.complaints.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.sanad.commons.retention.LegalHoldEndpoints;
import org.sanad.commons.retention.LegalHolds;
import org.sanad.complaints.service.EvidenceRetention;

/** Legal holds on a complaint's evidence: intake officers and investigators read, supervisors set and release. */
@Path("/complaints/{id}/legal-hold")
@Tag(name = "Retention", description = "Legal holds that keep a complaint's evidence past its retention period")
public class LegalHoldResource extends LegalHoldEndpoints {

    @Inject
    EvidenceRetention retention;

    @Override
    protected LegalHolds holds() {
        return retention;
    }
}
