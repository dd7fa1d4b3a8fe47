package commstat.server.data;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A row of {@code ingest_rejects}: one rejected data row. */
public record RejectRow(String fileName, String communityCode, String dataset, String period, int line,
                        String columnName, String code, List<String> faults, String message) {
    public RejectRow {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(code, "code is null");
        faults = List.copyOf(faults);
    }
}
