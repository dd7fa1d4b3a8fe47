package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.read.Cell;
import commstat.ingest.read.UnicodeText;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static commstat.ingest.contract.RejectReason.BAD_AMOUNT;
import static commstat.ingest.contract.RejectReason.BAD_VALUE;
import static commstat.ingest.contract.RejectReason.DATE_OUTSIDE_PERIOD;
import static commstat.ingest.contract.RejectReason.INVALID_ID_NUMBER;
import static commstat.ingest.contract.RejectReason.NEGATIVE_VALUE;

/** The single-column checks of the contract's "Cells" rules: one cell in, a typed value or a {@link FieldFault} out. */
final class CellParsers {
    private static final Pattern INT = Pattern.compile("[+-]?\\d+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern REGION = Pattern.compile("\\d{6}");

    private CellParsers() {
    }

    /** The cell's text as the contract normalises it for this field: NFKC + trim, or trim only for free text. */
    static String text(FieldSpec field, Cell cell) {
        if (cell.isEmpty()) {
            return null;
        }
        String t = field.kind() == FieldKind.TEXT ? UnicodeText.trim(cell.text()) : UnicodeText.nfkcTrim(cell.text());
        return t.isEmpty() ? null : t;
    }

    /** The typed value of a cell, or null for an empty optional cell. */
    static Object parse(FieldSpec field, Cell cell, YearMonth period, LocalDate submittedOn) throws FieldFault {
        String text = text(field, cell);
        if (field.kind() == FieldKind.RESIDENT_ID) {
            return ResidentId.parse(field.code(), cell, text, submittedOn);
        }
        if (text == null) {
            if (field.optional()) {
                return null;
            }
            throw new FieldFault(emptyCode(field), field.code() + " is empty");
        }
        return switch (field.kind()) {
            case INT -> integer(field, text);
            case DATE -> inPeriod(field, date(field, cell, text), period);
            case AMOUNT -> amount(field, cell, text);
            case CODE -> field.codes().match(text).orElseThrow(() -> new FieldFault(BAD_VALUE,
                    field.code() + ": '" + text + "' is not one of " + String.join(", ", field.codes().codes())));
            case REGION -> region(field, text);
            case IDENTIFIER, TEXT -> text;
            case RESIDENT_ID -> throw new IllegalStateException("handled above");
        };
    }

    private static RejectReason emptyCode(FieldSpec field) {
        return switch (field.kind()) {
            case RESIDENT_ID -> INVALID_ID_NUMBER;
            case AMOUNT -> BAD_AMOUNT;
            default -> BAD_VALUE;
        };
    }

    private static Integer integer(FieldSpec field, String text) throws FieldFault {
        if (!INT.matcher(text).matches()) {
            throw new FieldFault(BAD_VALUE, field.code() + ": '" + text + "' is not a whole number");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            value = Long.MAX_VALUE;
        }
        if (value < 0) {
            throw new FieldFault(NEGATIVE_VALUE, field.code() + ": " + value + " is negative");
        }
        if (value > Integer.MAX_VALUE) {
            throw new FieldFault(BAD_VALUE, field.code() + ": '" + text + "' is too large");
        }
        return (int) value;
    }

    /** A date from text or an XLSX date cell; a raw number (an Excel serial) is not a date. */
    static LocalDate date(FieldSpec field, Cell cell, String text) throws FieldFault {
        if (cell.kind() == Cell.Kind.DATE) {
            return cell.date();
        }
        if (cell.kind() == Cell.Kind.TEXT) {
            try {
                Matcher m = ISO_DATE.matcher(text);
                if (!m.matches()) {
                    m = SLASH_DATE.matcher(text);
                }
                if (m.matches()) {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                }
            } catch (DateTimeException e) {
                // not a real date: reported below
            }
        }
        throw new FieldFault(BAD_VALUE, field.code() + ": '" + text + "' is not a date (yyyy-MM-dd or yyyy/M/d)");
    }

    private static LocalDate inPeriod(FieldSpec field, LocalDate date, YearMonth period) throws FieldFault {
        switch (field.periodRule()) {
            case INSIDE_MONTH -> {
                if (!YearMonth.from(date).equals(period)) {
                    throw new FieldFault(DATE_OUTSIDE_PERIOD, field.code() + ": " + date + " is outside " + period);
                }
            }
            case NOT_AFTER_MONTH_END -> {
                if (date.isAfter(period.atEndOfMonth())) {
                    throw new FieldFault(DATE_OUTSIDE_PERIOD, field.code() + ": " + date + " is after the end of "
                            + period);
                }
            }
            case NONE -> {
            }
        }
        return date;
    }

    /** CNY: one leading ¥ dropped, plain or correctly grouped digits, > 0, at most 2 decimals by value. */
    private static BigDecimal amount(FieldSpec field, Cell cell, String text) throws FieldFault {
        if (cell.kind() != Cell.Kind.TEXT && cell.kind() != Cell.Kind.NUMBER) {
            throw new FieldFault(BAD_AMOUNT, field.code() + ": '" + text + "' is not an amount");
        }
        String s = text.startsWith("¥") ? text.substring(1) : text;
        if (!AMOUNT.matcher(s).matches()) {
            throw new FieldFault(BAD_AMOUNT, field.code() + ": '" + text + "' is not an amount");
        }
        BigDecimal value = new BigDecimal(s.replace(",", ""));
        if (value.signum() == 0) {
            throw new FieldFault(BAD_AMOUNT, field.code() + ": " + s + " is not greater than zero");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new FieldFault(BAD_AMOUNT, field.code() + ": " + s + " has more than 2 decimals");
        }
        return value.setScale(2);
    }

    private static String region(FieldSpec field, String text) throws FieldFault {
        if (!REGION.matcher(text).matches()) {
            throw new FieldFault(BAD_VALUE, field.code() + ": '" + text + "' is not a 6-digit region code");
        }
        return text;
    }
}
