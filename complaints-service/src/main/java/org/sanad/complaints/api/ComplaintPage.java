package org.sanad.complaints.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComplaintPage")
public record ComplaintPage(
        List<ComplaintSummary> items,
        @Schema(description = "Pass as `after` for the next page; absent on the last page") String next) {
}
