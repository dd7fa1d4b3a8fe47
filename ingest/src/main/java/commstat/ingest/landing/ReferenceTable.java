package commstat.ingest.landing;

import commstat.ingest.read.Cell;
import commstat.ingest.read.RawRow;
import commstat.ingest.read.RawTable;
import commstat.ingest.read.SubmissionReader;
import commstat.ingest.read.UnicodeText;
import commstat.ingest.read.UnreadableFileException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One reference CSV read with the submissions' encoding detection, headers matched case-insensitively, and
 * typed accessors that throw {@link BadValue} (the row is then left out and reported).
 */
final class ReferenceTable {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final Pattern INT = Pattern.compile("[+-]?\\d+");

    final String file;
    final List<RawRow> rows;
    private final Map<String, Integer> columns = new HashMap<>();

    private ReferenceTable(String file, RawTable table, List<String> required) {
        this.file = file;
        this.rows = table.rows();
        for (int i = 0; i < table.header().size(); i++) {
            columns.putIfAbsent(UnicodeText.nfkcTrim(table.header().get(i)).toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidReferenceDataException(file + " has no column(s) " + String.join(", ", missing));
        }
    }

    /** The table, or null when the file does not exist and {@code optional} is set. */
    static ReferenceTable read(Path dir, String file, boolean optional, List<String> columns) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            if (optional) {
                return null;
            }
            throw new InvalidReferenceDataException("reference file " + path + " is missing");
        }
        try {
            return new ReferenceTable(file, SubmissionReader.read(file, Files.readAllBytes(path)), columns);
        } catch (IOException e) {
            throw new InvalidReferenceDataException("cannot read " + path + ": " + e.getMessage(), e);
        } catch (UnreadableFileException e) {
            throw new InvalidReferenceDataException("reference file " + path + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** A problem-reporting signal: the row's value does not parse. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    /** The trimmed text of a column, or null when empty. */
    String text(RawRow row, String column) {
        Cell c = row.cells().get(columns.get(column));
        if (c.isEmpty()) {
            return null;
        }
        String t = UnicodeText.nfkcTrim(c.text());
        return t.isEmpty() ? null : t;
    }

    /** A name: trimmed only, never NFKC-normalised (the contract keeps names as written). */
    String name(RawRow row, String column) throws BadValue {
        Cell c = row.cells().get(columns.get(column));
        String t = c.isEmpty() ? null : UnicodeText.trim(c.text());
        if (t == null || t.isEmpty()) {
            throw new BadValue(column + " is empty");
        }
        return t;
    }

    String required(RawRow row, String column) throws BadValue {
        String t = text(row, column);
        if (t == null) {
            throw new BadValue(column + " is empty");
        }
        return t;
    }

    LocalDate date(RawRow row, String column, boolean optional) throws BadValue {
        String t = optional ? text(row, column) : required(row, column);
        if (t == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(t).matches()) {
                return LocalDate.parse(t);
            }
            var m = SLASH_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            // falls through to the problem below
        }
        throw new BadValue(column + " '" + t + "' is not a date");
    }

    BigDecimal money(RawRow row, String column) throws BadValue {
        String t = required(row, column).replace(",", "");
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadValue(column + " '" + t + "' is not an amount");
        }
        BigDecimal d = new BigDecimal(t);
        if (d.stripTrailingZeros().scale() > 2) {
            throw new BadValue(column + " '" + t + "' has more than 2 decimals");
        }
        return d.setScale(2);
    }

    BigDecimal decimal(RawRow row, String column) throws BadValue {
        String t = required(row, column);
        if (!DECIMAL.matcher(t).matches()) {
            throw new BadValue(column + " '" + t + "' is not a number");
        }
        return new BigDecimal(t);
    }

    int integer(RawRow row, String column) throws BadValue {
        String t = required(row, column);
        if (!INT.matcher(t).matches()) {
            throw new BadValue(column + " '" + t + "' is not a whole number");
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new BadValue(column + " '" + t + "' is out of range");
        }
    }

    int count(RawRow row, String column) throws BadValue {
        int n = integer(row, column);
        if (n < 0) {
            throw new BadValue(column + " " + n + " is negative");
        }
        return n;
    }

    boolean bool(RawRow row, String column) throws BadValue {
        String t = required(row, column);
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "是":
                return true;
            case "false", "0", "no", "否":
                return false;
            default:
                throw new BadValue(column + " '" + t + "' is not true/false");
        }
    }

    String oneOf(RawRow row, String column, List<String> allowed) throws BadValue {
        String t = required(row, column).toUpperCase(Locale.ROOT);
        if (!allowed.contains(t)) {
            throw new BadValue(column + " '" + t + "' is not one of " + String.join(", ", allowed));
        }
        return t;
    }

    ReferenceProblem problem(RawRow row, String what) {
        return new ReferenceProblem(file, row.line(), what);
    }
}
