package org.sanad.complaints.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.domain.HashAlgorithm;

@Schema(name = "ImageHashInput", description = "The hash of an image or video the victim keeps, computed on their device; "
        + "the file itself is never sent. A hash the complaint already holds is ignored.")
public record ImageHashInput(
        @Schema(description = "PDQ for an image, MD5 for a video") @NotNull HashAlgorithm algorithm,
        @Schema(description = "Hexadecimal, upper or lower case (stored lower case): 64 digits for PDQ, 32 for MD5",
                example = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22") @NotBlank String value,
        @Schema(description = "PDQ's quality, 0 to 100: required for PDQ, absent for MD5. Below 50 the hash is kept but "
                + "flagged low-quality: PDQ's authors advise against matching on it", example = "100")
        @Min(0) @Max(100) Integer quality,
        @Schema(description = "A few words of the victim's own about the image, for them and the investigators",
                example = "صورة من المحادثة الأولى") @Size(max = 80) String label) {
}
