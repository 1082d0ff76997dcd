package org.sanad.complaints.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.core.validation.Within;
import org.sanad.complaints.domain.ImageHash;
import org.sanad.complaints.domain.Platform;
import org.sanad.complaints.domain.ReporterRelation;
import org.sanad.complaints.domain.ThreatType;

@Schema(name = "NewComplaint")
public record NewComplaint(
        @NotNull ReporterRelation reporterRelation,
        @NotNull @Valid VictimInput victim,
        @Schema(description = "Governorate code from the configured list", example = "IQ-BG")
        @NotBlank @Size(max = 16) String governorate,
        @NotEmpty @Size(max = 20) Set<@NotNull Platform> platforms,
        @Size(max = 50) List<@NotNull @Valid IdentifierInput> identifiers,
        @Schema(description = "Hashes of images and videos the victim will not send, computed on their device")
        @Size(max = ImageHash.MAX_PER_COMPLAINT) List<@NotNull @Valid ImageHashInput> imageHashes,
        @NotEmpty Set<@NotNull ThreatType> threatTypes,
        @Valid DemandInput demand,
        @Schema(description = "When the blackmailer said they would act: within a year of now, either way") @Within(daysBefore = 366, daysAfter = 366) Instant deadline,
        @Valid MoneyInput amountPaid,
        @Schema(description = "What happened, in any language",
                example = "يهددني شخص بنشر صوري الخاصة على فيسبوك إذا لم أدفع له مليون دينار.") @NotBlank @Size(max = 20000) String narrative,
        @Schema(description = "The victim has spoken of harming themselves") boolean selfHarmRisk,
        @Schema(description = "How the victim wants to be told of the complaint; none when absent")
        @Nullable @Valid NotificationChoice notifications) {
}
