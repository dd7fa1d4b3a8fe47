package commstat.ingest.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The text form of a rendered cell, for CSV (and for JSON strings). */
final class CellText {
    private static final DateTimeFormatter SLASH = DateTimeFormatter.ofPattern("yyyy/M/d");

    private CellText() {
    }

    static String of(Object value, boolean slashDates) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate date) {
            return slashDates ? date.format(SLASH) : date.toString();
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof MangledId mangled) {
            return ResidentIds.excelGeneralText(mangled.id());
        }
        return value.toString();
    }
}
