package commstat.server.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The headline of the ingest report: files by outcome (every outcome present, zero when none) and rows.
 * {@code rowsRead = rowsAccepted + rowsRejected}, as on every row of {@code ingest_files}.
 */
public record IngestTotals(long files, Map<String, Long> filesByOutcome, long rowsRead, long rowsAccepted,
                           long rowsRejected) {
    public IngestTotals {
        requireNonNull(filesByOutcome, "filesByOutcome is null");
        // A copy that keeps the report's order (Map.copyOf would not).
        filesByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(filesByOutcome));
    }
}
