package commstat.jobs.spark;

import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A partition's rows sorted on a key, turned run by run into output rows: each run of rows with an equal key is
 * handed to {@code rule} at once, and what it returns is passed on before the next run is read. Only one run and
 * its output are held at a time. For a {@code mapPartitions} after {@code repartitionByRange} and
 * {@code sortWithinPartitions} on the key: per-group rules in plain Java whose output keeps the partition's order.
 */
public final class SortedRuns implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Function<Row, List<Object>> key;
    private final Function<List<Row>, List<Row>> rule;
    private Row next; // the first row of the run after the current one
    private Iterator<Row> out = Collections.emptyIterator();

    public SortedRuns(Iterator<Row> sortedRows, Function<Row, List<Object>> key, Function<List<Row>, List<Row>> rule) {
        this.rows = sortedRows;
        this.key = key;
        this.rule = rule;
        this.next = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
        while (!out.hasNext() && next != null) {
            out = rule.apply(nextRun()).iterator();
        }
        return out.hasNext();
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return out.next();
    }

    private List<Row> nextRun() {
        List<Row> run = new ArrayList<>();
        List<Object> runKey = key.apply(next);
        while (next != null && Objects.equals(runKey, key.apply(next))) {
            run.add(next);
            next = rows.hasNext() ? rows.next() : null;
        }
        return run;
    }
}
