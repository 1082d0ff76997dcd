package org.sanad.complaints.access;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.sanad.complaints.audit.ComplaintsAuditRecord;
import org.sanad.complaints.risk.DutyAlert;
import org.sanad.complaints.risk.RiskAlert;
import org.sanad.core.audit.AuditAction;
import org.sanad.core.identity.Caller;
import org.sanad.kernel.security.GovernorateScope;
import org.sanad.kernel.security.Roles;

/**
 * Who sees and acknowledges the alerts to the people on duty: intake officers and supervisors of
 * the alert's governorate, for its INTAKE and SUPERVISOR alerts; national officers of those roles,
 * every governorate's alerts, NATIONAL ones too. Out of scope is answered as for complaints: 403,
 * audited.
 */
@ApplicationScoped
public class AlertAccess {

    /** The roles on duty for a governorate's intake. */
    public static final Set<String> ON_DUTY = Set.of(Roles.INTAKE_OFFICER, Roles.SUPERVISOR);

    @Inject
    Caller caller;

    @Inject
    GovernorateScope scope;

    /** The governorate a list of alerts is filtered to; null (all) for a national officer naming none. */
    public String listScope(String requested) {
        return scope.listScope(requested);
    }

    /** NATIONAL alerts: for the national unit only. */
    public boolean seesNationalAlerts() {
        return caller.isNational();
    }

    /** See and acknowledge the alert: intake officers and supervisors of its governorate (NATIONAL ones: national only). */
    public boolean canAcknowledge(RiskAlert alert) {
        return scope.canWork(ON_DUTY, alert.governorate)
                && (alert.level != DutyAlert.Level.NATIONAL || seesNationalAlerts());
    }

    public void requireAcknowledge(RiskAlert alert, AuditAction action) {
        if (!canAcknowledge(alert)) {
            scope.refuse(action, ComplaintsAuditRecord.RISK_ALERT, alert.id);
        }
    }
}
