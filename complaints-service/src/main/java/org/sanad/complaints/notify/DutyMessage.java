package org.sanad.complaints.notify;

import org.sanad.complaints.risk.DutyAlert;

/** What the officers on duty are told, by the level of the alert. */
public enum DutyMessage {
    DUTY_INTAKE, DUTY_SUPERVISOR, DUTY_NATIONAL;

    public static DutyMessage of(DutyAlert.Level level) {
        return switch (level) {
            case INTAKE -> DUTY_INTAKE;
            case SUPERVISOR -> DUTY_SUPERVISOR;
            case NATIONAL -> DUTY_NATIONAL;
        };
    }
}
