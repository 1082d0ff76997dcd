package org.sanad.cases.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EvidenceDescriptionsTest {

    @Test
    void aComplaintFileIsDescribedByItsMediaTypeAndSizeOnly() {
        assertEquals("Evidence file from a victim's complaint: image/jpeg, 48213 bytes",
                EvidenceDescriptions.complaintFile("Image/JPEG ", 48213));
    }

    @Test
    void aMediaTypeThatCarriesTextOfTheUploadersIsNotRepeated() {
        assertEquals("Evidence file from a victim's complaint: unknown type, 10 bytes",
                EvidenceDescriptions.complaintFile("image/jpeg; name=\"sara ahmed.jpg\"", 10));
        assertEquals("Evidence file from a victim's complaint: unknown type, 10 bytes",
                EvidenceDescriptions.complaintFile("سارة/أحمد", 10));
        assertEquals("Evidence file from a victim's complaint: unknown type, 0 bytes",
                EvidenceDescriptions.complaintFile(null, 0));
    }
}
