package commstat.ingest.read;

import java.io.Serializable;
import java.util.List;

/**
 * A submission file read into a header and rows, with no contract rule applied yet.
 * {@code encoding} is what was detected: {@code utf-8}, {@code utf-8-sig} (UTF-8 with BOM), {@code gb18030},
 * or {@code xlsx}. Rows whose cells are all empty after trimming are already skipped (they still took
 * their line number).
 */
public record RawTable(String encoding, List<String> header, List<RawRow> rows) implements Serializable {
    public RawTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
