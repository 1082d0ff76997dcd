package org.sanad.cases.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.kernel.identifiers.IdentifierType;
import org.sanad.kernel.identifiers.UnrecognisedIdentifierException;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.identity.Caller;
import org.sanad.cases.api.IdentifierLookup;
import org.sanad.cases.domain.IdentifierSource;
import org.sanad.cases.audit.CasesAuditAction;
import org.sanad.cases.audit.CasesAuditRecord;

/**
 * "Which cases and how many complaints involve this identifier?" Extortionists cross
 * governorates, so the counts are national; case numbers only within the caller's scope.
 */
@ApplicationScoped
public class LookupService {

    @Inject
    EntityManager entityManager;

    @Inject
    IdentifierIndex index;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Transactional
    public IdentifierLookup lookup(IdentifierType type, String value) {
        if (type == null) {
            throw ProblemException.invalidField("type", "lookup.type.required");
        }
        if (value == null || value.isBlank() || value.length() > 500) {
            throw ProblemException.invalidField("value", "identifier.empty");
        }
        String normalised;
        try {
            normalised = index.normalise(type, value);
        } catch (UnrecognisedIdentifierException e) {
            throw ProblemException.invalidField("value", e.getMessage());
        }
        // the four columns a reference shows, not the cases: their encrypted notes stay encrypted
        List<IdentifierLookup.CaseRef> cases = entityManager.createQuery("select distinct new "
                + IdentifierLookup.CaseRef.class.getName() + """
                (c.id, c.caseNumber, c.governorate, c.status) from InvestigationCase c, CaseIdentifier i
                where i.caseId = c.id and i.type = :type and i.normalisedValue = :value
                order by c.caseNumber""", IdentifierLookup.CaseRef.class)
                .setParameter("type", type)
                .setParameter("value", normalised)
                .getResultList();
        long complaints = entityManager.createQuery("""
                select count(distinct i.sourceId) from CaseIdentifier i
                where i.source = :source and i.type = :type and i.normalisedValue = :value""", Long.class)
                .setParameter("source", IdentifierSource.COMPLAINT)
                .setParameter("type", type)
                .setParameter("value", normalised)
                .getSingleResult();
        List<IdentifierLookup.CaseRef> visible = cases.stream()
                .filter(c -> caller.servesGovernorate(c.governorate()))
                .toList();
        String record = type + ":" + normalised;
        audit.success(CasesAuditAction.IDENTIFIER_LOOKUP, CasesAuditRecord.IDENTIFIER,
                record.length() > 100 ? record.substring(0, 100) : record);
        return new IdentifierLookup(type, normalised, visible, cases.size() - visible.size(), complaints);
    }
}
