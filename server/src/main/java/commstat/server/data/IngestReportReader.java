package commstat.server.data;

import commstat.ingest.submissions.FileOutcome.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** Reads the ingest report from the warehouse: one DuckDB connection per call, so per request. */
public final class IngestReportReader {
    private final Warehouse warehouse;

    public IngestReportReader(Warehouse warehouse) {
        this.warehouse = requireNonNull(warehouse, "warehouse is null");
    }

    /** The whole report; the list of files not ingested holds at most {@code fileLimit} rows. */
    public IngestReport report(int fileLimit) throws SQLException {
        try (Connection db = warehouse.connect()) {
            IngestReportQueries q = new IngestReportQueries(db);
            return new IngestReport(q.totals(), IngestRunFile.read(warehouse.dir()).orElse(null),
                    q.filesByOutcomeAndReason(), q.rejectsByCode(), q.rejectsByCommunity(),
                    q.filesNotIngested(fileLimit));
        }
    }

    public Page<FileRow> files(Optional<Outcome> outcome, int offset, int limit) throws SQLException {
        try (Connection db = warehouse.connect()) {
            return new IngestReportQueries(db).files(outcome, offset, limit);
        }
    }

    public Page<RejectRow> rejects(Optional<String> communityCode, Optional<String> code, int offset, int limit)
            throws SQLException {
        try (Connection db = warehouse.connect()) {
            return new IngestReportQueries(db).rejects(communityCode, code, offset, limit);
        }
    }

    /** The community and its rejected rows; empty when neither the reference nor the rejects know the code. */
    public Optional<CommunityRejects> community(String communityCode, int offset, int limit) throws SQLException {
        try (Connection db = warehouse.connect()) {
            IngestReportQueries q = new IngestReportQueries(db);
            Optional<Community> community = q.community(communityCode);
            if (community.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CommunityRejects(community.get(),
                    q.rejects(Optional.of(communityCode), Optional.empty(), offset, limit)));
        }
    }
}
