package org.sanad.core.problem;

import java.net.URI;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem details document ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem", example = "urn:sanad:problem:validation")
        URI type,
        @Schema(description = "Short, translated summary of the problem kind")
        @NotBlank String title,
        @Schema(description = "HTTP status code")
        int status,
        @Schema(description = "Translated explanation of this occurrence")
        @Nullable String detail,
        @Schema(description = "The request path the problem occurred on")
        @Nullable String instance,
        @Schema(description = "Field-level violations, for validation problems")
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldViolation")
    public record FieldViolation(
            @Schema(description = "Path of the offending field in the request", example = "victim.contactPhone")
            String field,
            @Schema(description = "Translated explanation")
            String message) {
    }
}
