package org.sanad.cases.rules;

import java.time.Instant;
import java.util.UUID;

import org.sanad.cases.domain.CaseComplaint;
import org.sanad.cases.domain.InvestigationCase;

/** Rules shared by every way a complaint comes into a case. */
public final class CaseLinks {

    private CaseLinks() {
    }

    public static CaseComplaint copyTo(CaseComplaint original, UUID caseId, Instant now) {
        CaseComplaint link = new CaseComplaint();
        link.id = UUID.randomUUID();
        link.caseId = caseId;
        link.complaintId = original.complaintId;
        link.trackingNumber = original.trackingNumber;
        link.governorate = original.governorate;
        link.priority = original.priority;
        link.priorityScore = original.priorityScore;
        link.minorVictim = original.minorVictim;
        link.selfHarmRisk = original.selfHarmRisk;
        link.requestedOfficerGender = original.requestedOfficerGender;
        link.platforms = original.platforms;
        link.threatTypes = original.threatTypes;
        link.demandTypes = original.demandTypes;
        link.moneyAmount = original.moneyAmount;
        link.moneyCurrency = original.moneyCurrency;
        link.deadline = original.deadline;
        link.acceptedAt = original.acceptedAt;
        link.linkedAt = now;
        return link;
    }

    /** A case is as urgent as its most urgent complaint, on complaints-service's scale. */
    public static void raisePriority(InvestigationCase investigation, CaseComplaint link) {
        if (investigation.priority == null || link.priorityScore > investigation.priorityScore) {
            investigation.priorityScore = link.priorityScore;
            investigation.priority = link.priority;
        }
    }
}
