package org.sanad.audit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.sanad.core.audit.AuditAction;
import org.sanad.core.audit.AuditRecordType;
import org.sanad.core.problem.ProblemException;

import io.quarkus.security.Authenticated;

/**
 * Test fixture: what a service's endpoints do with the audit log, on records that exist nowhere.
 * Any signed-in caller may use it; the tests choose who.
 */
@Path("/fixture/records/{id}")
@Authenticated
public class AuditLogFixtureResource {

    static final AuditAction READ = () -> "fixture.read";
    static final AuditAction CHANGE = () -> "fixture.change";
    static final AuditRecordType RECORD = () -> "fixture-record";

    @Inject
    AuditLog audit;

    /** A successful action: its entry joins the request's transaction. */
    @POST
    @Path("/reads")
    @Transactional
    public void read(@PathParam("id") String id) {
        audit.success(READ, RECORD, id);
    }

    /**
     * A change refused after the request had already written to the audit log: the request's
     * transaction rolls back, and the refusal is audited once the problem is answered.
     */
    @POST
    @Path("/refused-changes")
    @Transactional
    public void refusedChange(@PathParam("id") String id) {
        audit.success(CHANGE, RECORD, id);
        throw ProblemException.forbidden("scope.outside-governorate").audited(CHANGE, RECORD, id);
    }
}
