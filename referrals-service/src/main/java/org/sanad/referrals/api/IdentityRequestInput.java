package org.sanad.referrals.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "IdentityRequest", description = "A court's request for a pseudonymised victim's identity")
public record IdentityRequestInput(@Schema(description = "Why the court needs it; recorded in both services",
        example = "تحتاج المحكمة إلى سماع إفادة المجنى عليها في جلسة المحاكمة") @NotBlank @Size(min = 10, max = 2000) String reason) {
}
