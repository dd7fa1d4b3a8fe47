package commstat.server.data;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A row of {@code ingest_files}. {@code submittedAt} is the local date-time as ISO text
 * ({@code 2025-07-01T08:35:26}), never shifted to a zone.
 */
public record FileRow(String fileName, String communityCode, String dataset, String period, String submittedAt,
                      String outcome, String reason, String message, String encoding, int rowsRead,
                      int rowsAccepted, int rowsRejected, boolean isEffective, boolean isSuperseded,
                      List<String> warnings) {
    public FileRow {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(outcome, "outcome is null");
        warnings = List.copyOf(warnings);
    }
}
