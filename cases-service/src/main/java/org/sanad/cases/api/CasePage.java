package org.sanad.cases.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CasePage")
public record CasePage(List<CaseSummary> items,
        @Schema(description = "Pass as `after` for the next page; absent on the last page") String next) {
}
