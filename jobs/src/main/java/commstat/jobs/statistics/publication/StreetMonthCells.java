package commstat.jobs.statistics.publication;

import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The cells of a partition's street-months, one street-month at a time: the partition's rows come sorted on
 * (year, street, month) (street last in each row, as {@link PublicStatistics#build} selects them), so each run of
 * equal keys is one street-month. Only one street-month's rows and cells are held at once.
 */
final class StreetMonthCells implements Iterator<Row> {
    private static final int STREET = 9;

    private final Iterator<Row> rows;
    private final StreetCommunity.Index index;
    private Row next;                       // the first row of the street-month after the current one
    private Iterator<Row> cells = Collections.emptyIterator();

    StreetMonthCells(Iterator<Row> sortedRows, StreetCommunity.Index index) {
        this.rows = sortedRows;
        this.index = index;
        this.next = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
        while (!cells.hasNext() && next != null) {
            cells = StreetMonth.of(nextStreetMonth().iterator(), index).cells().iterator();
        }
        return cells.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return cells.next();
    }

    private List<Row> nextStreetMonth() {
        List<Row> group = new ArrayList<>();
        Row first = next;
        while (next != null && sameStreetMonth(first, next)) {
            group.add(next);
            next = rows.hasNext() ? rows.next() : null;
        }
        return group;
    }

    private static boolean sameStreetMonth(Row a, Row b) {
        return a.getInt(0) == b.getInt(0) && Objects.equals(a.getString(1), b.getString(1))
                && Objects.equals(a.getString(STREET), b.getString(STREET));
    }
}
