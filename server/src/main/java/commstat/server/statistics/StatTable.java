package commstat.server.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One public statistics table (a street, a month, a table of {@code public_statistics}): its columns and rows, each
 * cell as shown. {@code exact} says the cells are the exact counts (an office within its scope) rather than the
 * suppressed public values ({@code <5}, {@code x}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatTable(String snapshot, int year, String period, String districtCode, String streetCode,
                        String streetName, String tableName, boolean exact, List<Column> columns, List<Row> rows) {
    public StatTable {
        requireNonNull(tableName, "tableName is null");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public record Column(String key, String label) {
    }

    /** A row: its key (community code or {@code TOTAL}), label, and one cell per column, in column order. */
    public record Row(String key, String label, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public boolean isTotal() {
            return "TOTAL".equals(key);
        }
    }

    /** A cell: the value shown, and how ({@code shown}, {@code primary}, {@code secondary}, {@code exact}). */
    public record Cell(String value, String suppression) {
    }
}
