package commstat.jobs.statistics.publication;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The threshold rule of funds.md ("Published statistics protect people") on one table of person counts with its
 * row and column totals. Plain Java, no Spark.
 *
 * <p>The table is the counts plus a total column (last) and a total row (last), the totals exact sums. Primary:
 * every cell from 1 to 4, totals included, is shown {@code <5}. Secondary, repeated until a whole pass changes
 * nothing: the lines are visited in order (the rows top to bottom, total row last, then the columns left to right,
 * total column last); a line holding exactly one suppressed cell gets its smallest other non-zero, unsuppressed
 * cell suppressed too, shown {@code x} (ties: the first in row, then column order). Zero (and a value not
 * reported) is never chosen. A line with one suppressed cell always has something to choose: if every other cell,
 * its total included, were zero, the suppressed cell would be zero too, and zero is never suppressed.
 */
public final class SuppressedTable {
    public enum Mark { SHOWN, PRIMARY, SECONDARY }

    public static final String PRIMARY_TEXT = "<5";
    public static final String SECONDARY_TEXT = "x";
    public static final String NOT_REPORTED_TEXT = "-";

    private final long[][] values;       // rows × columns, totals last
    private final boolean[][] reported;  // false: not reported (shown "-", counts 0, never chosen)
    private final Mark[][] marks;

    private SuppressedTable(long[][] values, boolean[][] reported) {
        this.values = values;
        this.reported = reported;
        this.marks = new Mark[values.length][values[0].length];
        for (Mark[] row : marks) {
            Arrays.fill(row, Mark.SHOWN);
        }
    }

    /**
     * Suppresses a table of {@code counts[row][column]} (no totals; null = not reported, counted as 0).
     * The result has one more row and column: the totals.
     */
    public static SuppressedTable of(Long[][] counts) {
        int rows = counts.length;
        int columns = rows == 0 ? 0 : counts[0].length;
        long[][] v = new long[rows + 1][columns + 1];
        boolean[][] rep = new boolean[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (counts[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " has " + counts[r].length + " cells, expected " + columns);
            }
            for (int c = 0; c < columns; c++) {
                Long n = counts[r][c];
                if (n != null && n < 0) {
                    throw new IllegalArgumentException("a count cannot be negative: row " + r + " column " + c + " is " + n);
                }
                rep[r][c] = n != null;
                v[r][c] = n == null ? 0 : n;
                v[r][columns] += v[r][c];
                v[rows][c] += v[r][c];
                v[rows][columns] += v[r][c];
            }
        }
        for (int r = 0; r <= rows; r++) {
            rep[r][columns] = true;
        }
        Arrays.fill(rep[rows], true);
        SuppressedTable t = new SuppressedTable(v, rep);
        t.suppress();
        return t;
    }

    private void suppress() {
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                if (reported[r][c] && values[r][c] >= 1 && values[r][c] <= 4) {
                    marks[r][c] = Mark.PRIMARY;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < values.length; r++) {
                changed |= completeLine(lineOfRow(r));
            }
            for (int c = 0; c < values[0].length; c++) {
                changed |= completeLine(lineOfColumn(c));
            }
        }
    }

    /** A line with exactly one suppressed cell gets its smallest eligible other cell suppressed. */
    private boolean completeLine(List<int[]> line) {
        int suppressed = 0;
        for (int[] cell : line) {
            if (marks[cell[0]][cell[1]] != Mark.SHOWN) {
                suppressed++;
            }
        }
        if (suppressed != 1) {
            return false;
        }
        int[] best = null;
        for (int[] cell : line) { // in row, then column order: a strict < keeps the first of equals
            int r = cell[0];
            int c = cell[1];
            if (marks[r][c] == Mark.SHOWN && reported[r][c] && values[r][c] > 0
                    && (best == null || values[r][c] < values[best[0]][best[1]])) {
                best = cell;
            }
        }
        if (best == null) {
            return false;
        }
        marks[best[0]][best[1]] = Mark.SECONDARY;
        return true;
    }

    private List<int[]> lineOfRow(int r) {
        List<int[]> line = new ArrayList<>();
        for (int c = 0; c < values[r].length; c++) {
            line.add(new int[] {r, c});
        }
        return line;
    }

    private List<int[]> lineOfColumn(int c) {
        List<int[]> line = new ArrayList<>();
        for (int r = 0; r < values.length; r++) {
            line.add(new int[] {r, c});
        }
        return line;
    }

    /** Rows including the total row (last). */
    public int rows() {
        return values.length;
    }

    /** Columns including the total column (last). */
    public int columns() {
        return values[0].length;
    }

    public Mark mark(int row, int column) {
        return marks[row][column];
    }

    /** What is published: the count, {@code <5}, {@code x}, or {@code -} for a value not reported. */
    public String shown(int row, int column) {
        if (!reported[row][column]) {
            return NOT_REPORTED_TEXT;
        }
        return switch (marks[row][column]) {
            case PRIMARY -> PRIMARY_TEXT;
            case SECONDARY -> SECONDARY_TEXT;
            case SHOWN -> Long.toString(values[row][column]);
        };
    }

    /** The exact value behind a cell (for authenticated views and tests; never published). */
    long exact(int row, int column) {
        return values[row][column];
    }

    /** The table as published, one line per row, cells separated by a space (for tests and logs). */
    public String render() {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                b.append(c == 0 ? "" : " ").append(shown(r, c));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
