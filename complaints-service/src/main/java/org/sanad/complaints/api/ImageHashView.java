package org.sanad.complaints.api;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.HashAlgorithm;
import org.sanad.complaints.domain.HashSubmission;

@Schema(name = "ImageHash", description = "The hash of an image or video the victim keeps on their device, as they gave it")
public record ImageHashView(
        HashAlgorithm algorithm,
        @Schema(description = "Lower-case hexadecimal", example = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")
        String value,
        @Schema(description = "PDQ's quality, 0 to 100; null for MD5", example = "100") @Nullable Integer quality,
        @Schema(description = "A PDQ hash of quality under 50: kept, but too unreliable to match on") boolean lowQuality,
        @Schema(description = "The victim's words about the image", example = "صورة من المحادثة الأولى") @Nullable String label,
        @Schema(description = "Given with the complaint or added later") HashSubmission addedWith,
        Instant addedAt) {
}
