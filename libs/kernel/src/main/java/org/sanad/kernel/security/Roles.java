package org.sanad.kernel.security;

import java.util.Set;

import org.sanad.core.identity.Caller;

/** The suite's roles, as they arrive in the token's {@code groups} or {@code realm_access.roles}. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String INTAKE_OFFICER = "intake-officer";
    public static final String INVESTIGATOR = "investigator";
    public static final String SUPERVISOR = "supervisor";
    public static final String PROSECUTOR = "prosecutor";
    public static final String COURT_SYSTEM = "court-system";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /** Machine clients of the suite's own services (OIDC client credentials), for hand-offs between them. */
    public static final String SERVICE_CLIENT = Caller.SERVICE_CLIENT;

    /** Police officers who work on complaints: intake, investigation and their supervisors. */
    public static final Set<String> POLICE_OFFICERS = Set.of(INTAKE_OFFICER, INVESTIGATOR, SUPERVISOR);

    /** Everyone who acts on records for the state: police officers and prosecutors. */
    public static final Set<String> OFFICERS = Set.of(INTAKE_OFFICER, INVESTIGATOR, SUPERVISOR, PROSECUTOR);

    /** Officers who work on investigation cases. */
    public static final Set<String> CASE_OFFICERS = Set.of(INVESTIGATOR, SUPERVISOR);

    private Roles() {
    }
}
