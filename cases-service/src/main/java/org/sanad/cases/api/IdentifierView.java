package org.sanad.cases.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;

@Schema(name = "Identifier")
public record IdentifierView(IdentifierType type, @Schema(example = "0750 987 6543") String value,
        @Schema(example = "+9647509876543") String normalisedValue) {
}
