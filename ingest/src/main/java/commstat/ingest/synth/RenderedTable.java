package commstat.ingest.synth;

import java.util.List;

/**
 * A table as it will appear in one file: final headers and cells. Cells are {@code null}, {@link String},
 * {@link Integer}, {@link java.math.BigDecimal}, {@link java.time.LocalDate} or {@link MangledId}; each writer
 * decides how its format holds them (an XLSX date cell, a JSON number, CSV text).
 */
record RenderedTable(List<String> headers, List<Column.Kind> kinds, List<Object[]> rows, boolean slashDates) {
    RenderedTable {
        headers = List.copyOf(headers);
        kinds = List.copyOf(kinds);
    }
}
