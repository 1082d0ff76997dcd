package org.sanad.complaints.api;

import java.time.Instant;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.notify.ContactChannel;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "NotificationChoiceView", description = "The victim's choice as it stands; never the phone itself")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotificationChoiceView(
        @Schema(example = "SMS") ContactChannel channel,
        @Schema(description = "Absent when no choice was ever made", enumeration = { "ar", "en", "fr", "ckb" }, example = "ar")
        @Nullable String language,
        @Schema(description = "The last two digits of the phone texted", example = "…67") @Nullable String phoneEnding,
        @Schema(description = "Whether a browser's push subscription is registered") boolean pushRegistered,
        @Schema(description = "When the contact was erased (the complaint closed, or the victim stopped the messages)")
        @Nullable Instant erasedAt) {
}
