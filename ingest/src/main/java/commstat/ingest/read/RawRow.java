package commstat.ingest.read;

import java.io.Serializable;
import java.util.List;

/**
 * One data row as read: {@code line} is the CSV physical line on which the record starts (header = 1),
 * the XLSX sheet row (header = 1), or the JSON array index + 1. Cells line up with {@link RawTable#header()};
 * missing cells are {@link Cell#EMPTY}, extra cells beyond the header are dropped.
 * {@code notAnObject} marks a JSON element that is not an object (its cells are empty).
 */
public record RawRow(int line, List<Cell> cells, boolean notAnObject) implements Serializable {
    public RawRow {
        cells = List.copyOf(cells);
    }
}
