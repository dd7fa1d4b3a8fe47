package commstat.jobs.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SortedRunsTest {
    @Test
    void eachRunOfEqualKeysReachesTheRuleWholeAndItsOutputKeepsTheOrder() {
        List<Row> sorted = List.of(RowFactory.create("a", 1), RowFactory.create("a", 2), RowFactory.create("b", 3),
                RowFactory.create("c", 4), RowFactory.create("c", 5), RowFactory.create("c", 6));
        List<String> runs = new ArrayList<>();
        Iterator<Row> out = new SortedRuns(sorted.iterator(), r -> List.of(r.getString(0)), run -> {
            runs.add(run.get(0).getString(0) + run.size());
            int sum = run.stream().mapToInt(r -> r.getInt(1)).sum();
            return run.get(0).getString(0).equals("b") ? List.of() // a run may give no rows
                    : List.of(RowFactory.create(run.get(0).getString(0), sum), RowFactory.create("after", sum));
        });
        List<String> rows = new ArrayList<>();
        out.forEachRemaining(r -> rows.add(r.getString(0) + r.getInt(1)));
        assertThat(runs).containsExactly("a2", "b1", "c3");
        assertThat(rows).containsExactly("a3", "after3", "c15", "after15");
        assertThatThrownBy(out::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void keysWithNullsAndSeveralColumnsCompareByValue() {
        List<Row> sorted = List.of(RowFactory.create(null, "x"), RowFactory.create(null, "x"),
                RowFactory.create(null, "y"), RowFactory.create("k", "y"));
        List<Integer> sizes = new ArrayList<>();
        new SortedRuns(sorted.iterator(), r -> java.util.Arrays.asList(r.get(0), r.get(1)), run -> {
            sizes.add(run.size());
            return run;
        }).forEachRemaining(r -> { });
        assertThat(sizes).containsExactly(2, 1, 1);
    }

    @Test
    void anEmptyPartitionGivesNothing() {
        assertThat(new SortedRuns(List.<Row>of().iterator(), r -> List.of(r.get(0)), run -> run).hasNext()).isFalse();
    }
}
