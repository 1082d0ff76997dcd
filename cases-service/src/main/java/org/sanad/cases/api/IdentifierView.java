package org.sanad.cases.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sanad.kernel.identifiers.IdentifierType;

@Schema(name = "Identifier")
public record IdentifierView(IdentifierType type, String value, String normalisedValue) {
}
