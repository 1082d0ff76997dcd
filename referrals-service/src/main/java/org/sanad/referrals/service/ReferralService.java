package org.sanad.referrals.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.sanad.audit.AuditLog;
import org.sanad.core.paging.Page;
import org.sanad.core.paging.TimeCursor;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;
import org.sanad.core.identity.Caller;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;
import org.sanad.core.time.Timestamps;
import org.sanad.referrals.access.ReferralAccess;
import org.sanad.referrals.api.ReferralInput;
import org.sanad.referrals.api.ReferralView;
import org.sanad.referrals.client.CasesGateway;
import org.sanad.referrals.client.ReferralBasis;
import org.sanad.referrals.client.ReferralUpdate;
import org.sanad.referrals.domain.Referral;
import org.sanad.referrals.domain.ReferralStatus;
import org.sanad.referrals.domain.ReferralVersion;
import org.sanad.referrals.handoff.CaseAnnouncer;
import org.sanad.referrals.mapping.ReferralMapper;
import org.sanad.referrals.rules.Catalogue;
import org.sanad.referrals.rules.ReferralComposer;
import org.sanad.referrals.signing.ReferralSigning;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.sanad.referrals.audit.ReferralsAuditAction;
import org.sanad.referrals.audit.ReferralsAuditRecord;

/**
 * The prosecutor's side: draft a referral from a case, amend it (a returned referral into a new
 * version), submit it (the version becomes immutable and is signed, the court's feed and
 * cases-service are told), close it once decided. What the case offers is read from cases-service with the
 * prosecutor's own token before the transaction that writes, never inside it.
 */
@ApplicationScoped
public class ReferralService {

    @Inject
    ReferralAccess access;

    @Inject
    ReferralComposer composer;

    @Inject
    CasesGateway cases;

    @Inject
    GovernorateScope scope;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    CaseAnnouncer announcer;

    @Inject
    ReferralViews views;

    @Inject
    CourtFeed feed;

    @Inject
    Catalogue catalogue;

    @Inject
    ReferralSigning signing;

    @Inject
    ReferralMapper mapper;

    @Inject
    EntityManager entityManager;

    public ReferralView draft(ReferralInput input) {
        if (input.caseId() == null) {
            throw ProblemException.invalidField("caseId", "referral.case.required");
        }
        ReferralBasis basis = cases.basis(input.caseId());
        return QuarkusTransaction.requiringNew().call(() -> createDraft(input, basis));
    }

    private ReferralView createDraft(ReferralInput input, ReferralBasis basis) {
        if (!scope.canWork(Roles.PROSECUTOR, basis.governorate())) {
            scope.refuse(ReferralsAuditAction.REFERRAL_DRAFT, ReferralsAuditRecord.CASE, basis.caseId());
        }
        if ("CLOSED".equals(basis.status())) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "referral.case.closed");
        }
        if (Referral.count("caseId = ?1 and status <> ?2", basis.caseId(), ReferralStatus.CLOSED) > 0) {
            throw new ProblemException(ProblemType.CONFLICT, "referral.case.already-referred", basis.caseNumber());
        }
        Instant now = Timestamps.now();
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.referenceNumber = nextReferenceNumber(now);
        referral.caseId = basis.caseId();
        referral.caseNumber = basis.caseNumber();
        referral.governorate = basis.governorate();
        referral.status = ReferralStatus.DRAFT;
        referral.latestVersion = 1;
        referral.createdAt = now;
        referral.createdBy = caller.subject();
        referral.updatedAt = now;
        ReferralVersion version = newVersion(referral, 1, now);
        composer.compose(version, input, basis, List.of());
        referral.courtCode = version.courtCode;
        referral.persist();
        version.persist();
        audit.success(ReferralsAuditAction.REFERRAL_DRAFT, ReferralsAuditRecord.REFERRAL, referral.id);
        return mapper.toView(referral, version, List.of());
    }

    public ReferralView amend(UUID id, long expected, ReferralInput input) {
        UUID caseId = QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = amendable(id, expected);
            if (input.caseId() != null && !input.caseId().equals(referral.caseId)) {
                throw ProblemException.invalidField("caseId", "referral.case.changed");
            }
            return referral.caseId;
        });
        ReferralBasis basis = cases.basis(caseId);
        return QuarkusTransaction.requiringNew().call(() -> {
            Referral referral = amendable(id, expected);
            Instant now = Timestamps.now();
            ReferralVersion version;
            List<ReferralVersion> earlier = ReferralVersion.list("referralId = ?1 order by number desc", id);
            if (referral.hasDraft()) {
                version = earlier.get(0);
            } else {
                referral.latestVersion++;
                version = newVersion(referral, referral.latestVersion, now);
            }
            composer.compose(version, input, basis, earlier.isEmpty() ? List.of() : earlier.get(0).victims);
            version.draftedAt = now;
            version.draftedBy = caller.subject();
            if (!version.isPersistent()) {
                version.persist();
            }
            if (referral.submittedVersion == null) {
                referral.courtCode = version.courtCode;
            }
            referral.updatedAt = now;
            audit.success(ReferralsAuditAction.REFERRAL_AMEND, ReferralsAuditRecord.REFERRAL, referral.id);
            entityManager.flush();
            return mapper.toView(referral, version, List.of());
        });
    }

    private Referral amendable(UUID id, long expected) {
        Referral referral = access.loadToPrepare(id, ReferralsAuditAction.REFERRAL_AMEND);
        referral.claimVersion(expected);
        if (!referral.status.isAmendable()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "referral.not-amendable", referral.status);
        }
        return referral;
    }

    @Transactional
    public ReferralView submit(UUID id, long expected) {
        Referral referral = access.loadToPrepare(id, ReferralsAuditAction.REFERRAL_SUBMIT);
        referral.claimVersion(expected);
        if (!referral.status.isAmendable() || !referral.hasDraft()) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "referral.nothing-to-submit", referral.status);
        }
        Instant now = Timestamps.now();
        ReferralVersion version = ReferralVersion.of(id, referral.latestVersion).orElseThrow();
        version.submittedAt = now;
        version.submittedBy = caller.subject();
        referral.submittedVersion = version.number;
        referral.courtCode = version.courtCode;
        referral.status = ReferralStatus.SUBMITTED;
        referral.updatedAt = now;
        signing.sign(version, mapper.toView(referral, version, List.of()));
        entityManager.flush();
        ReferralView view = mapper.toView(referral, version, List.of());
        feed.append(referral, ReferralStatus.SUBMITTED.name(), view);
        announcer.announce(referral, ReferralUpdate.Step.REFERRED, now, "Submitted to " + catalogue.courtName(referral.courtCode));
        audit.success(ReferralsAuditAction.REFERRAL_SUBMIT, ReferralsAuditRecord.REFERRAL, referral.id);
        return view;
    }

    @Transactional
    public ReferralView close(UUID id, long expected) {
        Referral referral = access.loadToPrepare(id, ReferralsAuditAction.REFERRAL_CLOSE);
        referral.claimVersion(expected);
        if (referral.status != ReferralStatus.DECIDED) {
            throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, "referral.close.not-decided", referral.status);
        }
        referral.status = ReferralStatus.CLOSED;
        referral.updatedAt = Timestamps.now();
        entityManager.flush();
        ReferralView view = views.submitted(referral);
        feed.append(referral, ReferralStatus.CLOSED.name(), view);
        audit.success(ReferralsAuditAction.REFERRAL_CLOSE, ReferralsAuditRecord.REFERRAL, referral.id);
        return view;
    }

    /** The prosecutor's view: the newest version, a draft included. */
    @Transactional
    public ReferralView read(UUID id) {
        Referral referral = access.loadToPrepare(id, ReferralsAuditAction.REFERRAL_READ);
        audit.success(ReferralsAuditAction.REFERRAL_READ, ReferralsAuditRecord.REFERRAL, referral.id);
        return views.at(referral, referral.latestVersion);
    }

    /** Any version, for the prosecutor; old versions stay readable as they were submitted. */
    @Transactional
    public ReferralView readVersion(UUID id, int number) {
        Referral referral = access.loadToPrepare(id, ReferralsAuditAction.REFERRAL_READ);
        audit.success(ReferralsAuditAction.REFERRAL_READ, ReferralsAuditRecord.REFERRAL, referral.id);
        return views.at(referral, number);
    }

    @Transactional
    public Page<ReferralView> list(String governorate, ReferralStatus status, String after, int limit) {
        String scoped = scope.listScope(governorate);
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (scoped != null) {
            query.append(" and governorate = :governorate");
            params.put("governorate", scoped);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.put("status", status);
        }
        if (after != null && !after.isBlank()) {
            TimeCursor cursor = TimeCursor.decode(after, "after");
            query.append(" and (updatedAt < :at or (updatedAt = :at and id < :id))");
            params.put("at", cursor.at());
            params.put("id", cursor.id());
        }
        List<Referral> fetched = Referral.find(query + " order by updatedAt desc, id desc", params)
                .page(0, limit + 1).list();
        audit.success(ReferralsAuditAction.REFERRAL_LIST, ReferralsAuditRecord.REFERRAL, scoped == null ? "*" : scoped);
        Map<UUID, ReferralView> shown = views.latest(fetched.subList(0, Math.min(limit, fetched.size())));
        return Page.of(fetched, limit, r -> new TimeCursor(r.updatedAt, r.id).encode(), r -> shown.get(r.id));
    }

    private ReferralVersion newVersion(Referral referral, int number, Instant now) {
        ReferralVersion version = new ReferralVersion();
        version.referralId = referral.id;
        version.number = number;
        version.draftedAt = now;
        version.draftedBy = caller.subject();
        return version;
    }

    private String nextReferenceNumber(Instant now) {
        long next = ((Number) entityManager.createNativeQuery("select nextval('referral_number_seq')").getSingleResult())
                .longValue();
        return String.format("REF-%d-%06d", now.atZone(ZoneOffset.UTC).getYear(), next);
    }
}
