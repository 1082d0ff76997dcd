package org.sanad.complaints.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DutyContactsTest {

    @Test
    void aGovernoratesCodeAndItsEnvironmentVariableSpellingAreOneKey() {
        assertEquals("IQ_BG", DutyContacts.variableForm("IQ-BG"));
        assertEquals("IQ_BG", DutyContacts.variableForm("iq_bg"));
        assertEquals("IQ_BG", DutyContacts.variableForm("\"IQ_BG\""));
        assertNotEquals(DutyContacts.variableForm("IQ-BG"), DutyContacts.variableForm("IQ-BS"));
    }
}
