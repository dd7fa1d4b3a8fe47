package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;

import java.io.Serializable;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A rejected data row: the file, its line (CSV physical line, XLSX sheet row, JSON index + 1),
 * the column that failed first (null when no column applies), the one reason code that counts,
 * every failed check as {@code column:CODE}, and a message that never repeats an ID number.
 */
public record RowReject(String file, int line, String column, RejectReason code, List<String> faults, String message)
        implements Serializable {
    public RowReject {
        requireNonNull(file, "file is null");
        requireNonNull(code, "code is null");
        faults = List.copyOf(faults);
        requireNonNull(message, "message is null");
    }
}
