package org.sanad.cases.domain;

/** An officer's or a requested officer's gender; the same values as a victim's in complaints-service. */
public enum Gender {
    FEMALE, MALE, UNDISCLOSED;

    /** A gender as an identity provider spells it; null when absent or unknown. */
    public static Gender of(String value) {
        if (value == null) {
            return null;
        }
        for (Gender gender : values()) {
            if (gender.name().equalsIgnoreCase(value.strip())) {
                return gender;
            }
        }
        return null;
    }
}
