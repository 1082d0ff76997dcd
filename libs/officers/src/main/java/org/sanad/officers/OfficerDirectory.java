package org.sanad.officers;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.sanad.audit.AuditLog;
import org.sanad.audit.CallerAudited;
import org.sanad.core.paging.Page;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.identity.Caller;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;
import org.sanad.core.time.Timestamps;

/**
 * The officers a service has seen, learned from their own tokens (name, governorate, roles,
 * gender) whenever they act: people are shown by name, and a supervisor picks an investigator
 * from those of the governorate. An officer who has never used the service is not listed yet.
 * Victims and filers are never recorded here.
 */
@ApplicationScoped
public class OfficerDirectory {

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    GovernorateScope scope;

    @Inject
    AuditLog audit;

    /** What was last written per subject in this JVM, so an unchanged officer costs no write. */
    private final Map<String, String> written = new ConcurrentHashMap<>();

    /**
     * Records the calling officer (once per change of what their token says) whenever the audit log
     * records an action of theirs, in the audit entry's transaction; other callers are ignored.
     */
    @Transactional(TxType.MANDATORY)
    void rememberCaller(@Observes CallerAudited audited) {
        if (caller.isAnonymous() || !caller.holdsAny(Roles.OFFICERS)) {
            return;
        }
        String subject = caller.subject();
        String name = caller.displayName();
        // longer than any region code: not a governorate this directory could list the officer under
        String governorate = caller.governorate().filter(g -> g.length() <= 16).orElse(null);
        String roles = caller.rolesForAudit();
        String gender = caller.gender().orElse(null);
        String described = name + "|" + governorate + "|" + roles + "|" + gender;
        if (described.equals(written.get(subject))) {
            return;
        }
        entityManager.createNativeQuery("insert into officer (subject, display_name, governorate, roles, gender, "
                + "last_seen_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict (subject) do update set "
                + "display_name = excluded.display_name, governorate = excluded.governorate, roles = excluded.roles, "
                + "gender = excluded.gender, last_seen_at = excluded.last_seen_at")
                .setParameter(1, subject).setParameter(2, name).setParameter(3, governorate)
                .setParameter(4, roles).setParameter(5, gender).setParameter(6, Timestamps.now())
                .executeUpdate();
        // remembered only once the write is committed: a rolled-back request writes it again next time
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    written.put(subject, described);
                }
            }
        });
    }

    /** Display names of the given subjects, read in one query; unknown subjects are absent. */
    public Map<String, String> names(Collection<String> subjects) {
        Set<String> wanted = subjects.stream().filter(s -> s != null).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return Collections.emptyMap(); // unlike Map.of(), answers null for get(null)
        }
        return Officer.<Officer> list("subject in ?1", wanted).stream()
                .collect(Collectors.toMap(o -> o.subject, o -> o.displayName));
    }

    public Optional<Officer> find(String subject) {
        return Officer.findByIdOptional(subject);
    }

    /**
     * A page of the officers holding {@code role} in the governorate the caller may list (their
     * own by default), by name. The directory of a governorate is small: it pages by offset.
     */
    @Transactional
    public Page<OfficersResource.OfficerView> page(String role, String governorate, String after, int limit) {
        if (!Roles.OFFICERS.contains(role)) {
            throw ProblemException.invalidField("role", "officers.role.unknown");
        }
        String scoped = scope.listScope(governorate);
        if (scoped == null) {
            throw ProblemException.invalidField("governorate", "officers.governorate.required");
        }
        int offset = offset(after);
        List<Officer> found = Officer.<Officer> find("governorate = ?1 and (roles = ?2 or roles like ?3 "
                + "or roles like ?4 or roles like ?5) order by displayName, subject", scoped, role, role + ",%",
                "%," + role, "%," + role + ",%").range(offset, offset + limit).list();
        audit.success(OfficerAuditAction.OFFICER_LIST, OfficerAuditRecord.OFFICER, scoped);
        return Page.of(found, limit, o -> String.valueOf(offset + limit),
                o -> new OfficersResource.OfficerView(o.subject, o.displayName, o.governorate,
                        Arrays.asList(o.roles.split(",")), o.gender));
    }

    private static int offset(String after) {
        if (after == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(after);
            if (offset < 0) {
                throw new NumberFormatException("negative");
            }
            return offset;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("after", "paging.cursor.invalid");
        }
    }
}
