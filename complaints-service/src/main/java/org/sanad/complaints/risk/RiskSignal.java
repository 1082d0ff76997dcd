package org.sanad.complaints.risk;

import org.sanad.complaints.risk.DutyAlert.Reason;

/** What in a filing puts its victim at risk and has the governorate's on-duty officers told at once. */
public enum RiskSignal {
    /** The filer said the victim is at risk of harming themselves. */
    SELF_HARM,
    /** The victim is under 18. */
    MINOR_VICTIM,
    /** The blackmailer's deadline falls within a day of the filing. */
    DEADLINE_WITHIN_24H;

    /** The reason a duty alert gives for this signal. */
    public Reason reason() {
        return Reason.valueOf(name());
    }
}
