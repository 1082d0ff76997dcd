package org.sanad.complaints.api;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Withdrawal")
public record WithdrawalInput(@Size(max = 2000) String reason) {
}
