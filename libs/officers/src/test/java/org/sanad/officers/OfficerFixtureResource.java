package org.sanad.officers;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.sanad.audit.AuditLog;
import org.sanad.core.audit.AuditAction;
import org.sanad.core.audit.AuditRecordType;
import org.sanad.core.problem.ProblemException;
import org.sanad.core.problem.ProblemType;

import io.quarkus.security.Authenticated;

/**
 * Test fixture: a service's audited actions, on records that exist nowhere, which is how the
 * officer directory learns who acts. Any signed-in caller may use it; the tests choose who.
 */
@Path("/fixture/records/{id}")
@Authenticated
public class OfficerFixtureResource {

    static final AuditAction READ = () -> "fixture.read";
    static final AuditRecordType RECORD = () -> "fixture-record";

    @Inject
    AuditLog audit;

    @POST
    @Path("/reads")
    @Transactional
    public void read(@PathParam("id") String id) {
        audit.success(READ, RECORD, id);
    }

    /** An audited action whose request then fails: its transaction, and all it wrote, roll back. */
    @POST
    @Path("/failed-changes")
    @Transactional
    public void failedChange(@PathParam("id") String id) {
        audit.success(READ, RECORD, id);
        throw new ProblemException(ProblemType.CONFLICT, "problem.conflict.detail");
    }
}
