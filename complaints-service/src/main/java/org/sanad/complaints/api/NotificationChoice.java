package org.sanad.complaints.api;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.complaints.notify.ContactChannel;
import org.sanad.complaints.push.PushSubscription;

@Schema(name = "NotificationChoice", description = "How the victim wants to be told of their complaint: each step "
        + "(received, reviewed, a question, the decision, the investigation's steps) in a neutral message naming only "
        + "the tracking number and a link. The contact is encrypted at rest, seen by no officer, used for nothing else "
        + "and erased when the complaint closes. For an anonymous filer it costs anonymity: a phone number ties the "
        + "report to a person (the operator knows whose number it is), a push subscription to a browser.")
public record NotificationChoice(
        @Schema(example = "SMS") @NotNull ContactChannel channel,
        @Schema(description = "The language of the messages", enumeration = { "ar", "en", "fr", "ckb" }, example = "ar")
        @NotNull @Pattern(regexp = "ar|en|fr|ckb", message = "{notification.language.unknown}") String language,
        @Schema(description = "SMS only: the phone to text, any common form, stored as E.164. A citizen's complaint "
                + "without one uses the victim's contact phone.", example = "+9647701234567")
        @Nullable @Size(max = 32) String phone,
        @Schema(description = "WEB_PUSH only: the browser's subscription")
        @Nullable PushSubscription pushSubscription) {
}
