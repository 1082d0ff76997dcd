package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.validation.Within;
import org.sanad.complaints.domain.ImageHash;

@Schema(name = "SupplementInput", description = "More information from the filer: an answer, identifiers, "
        + "image hashes, changed risk signals. Absent fields stay as they are.")
public record SupplementInput(
        @Schema(description = "Answer to the officer's question, or any new information") @Size(max = 10000) String text,
        @Size(max = 50) List<@NotNull @Valid IdentifierInput> identifiers,
        @Schema(description = "More hashes of images and videos the victim will not send")
        @Size(max = ImageHash.MAX_PER_COMPLAINT) List<@NotNull @Valid ImageHashInput> imageHashes,
        Boolean selfHarmRisk,
        @Schema(description = "When the blackmailer said they would act: within a year of now, either way")
        @Within(daysBefore = 366, daysAfter = 366) Instant deadline) {
}
