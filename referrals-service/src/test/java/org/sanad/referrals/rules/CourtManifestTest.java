package org.sanad.referrals.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CourtManifestTest {

    @Test
    void aFileIsNamedByItsPlaceInTheManifestAndItsMediaType() {
        assertEquals("item-1.jpg", CourtManifest.fileName(1, "image/jpeg"));
        assertEquals("item-12.pdf", CourtManifest.fileName(12, " Application/PDF"));
        assertEquals("item-3.bin", CourtManifest.fileName(3, "application/x-sara-ahmed"));
        assertEquals("item-4.bin", CourtManifest.fileName(4, null));
    }

    @Test
    void aDescriptionThatNamesTheComplaintIsReplacedByWhatTheFileIs() {
        assertEquals("Evidence file from a victim's complaint: image/jpeg, 48213 bytes", CourtManifest.description(
                "Evidence of complaint IQ-2026-ZQ7X-K4WD: سارة أحمد.jpg", "image/jpeg", 48213L));
        assertEquals("Evidence file from a victim's complaint: unknown type, 0 bytes", CourtManifest.description(
                "Evidence of complaint IQ-2026-ZQ7X-K4WD: x", "text/plain; name=sara", null));
    }

    @Test
    void anOfficersDescriptionIsKept() {
        assertEquals("لقطة شاشة لرسائل التهديد", CourtManifest.description("لقطة شاشة لرسائل التهديد", "image/png", 10L));
    }
}
