package commstat.server.data;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Everything the ingest report shows, read in one request. {@code run} is null when the warehouse has no
 * {@code ingest_run.json}.
 */
public record IngestReport(IngestTotals totals, IngestRun run, List<OutcomeReasonCount> filesByOutcomeAndReason,
                           List<CodeCount> rejectsByCode, List<CommunityRejectCount> rejectsByCommunity,
                           Page<FileRow> filesNotIngested) {
    public IngestReport {
        requireNonNull(totals, "totals is null");
        filesByOutcomeAndReason = List.copyOf(filesByOutcomeAndReason);
        rejectsByCode = List.copyOf(rejectsByCode);
        rejectsByCommunity = List.copyOf(rejectsByCommunity);
        requireNonNull(filesNotIngested, "filesNotIngested is null");
    }
}
