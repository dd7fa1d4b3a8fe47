package commstat.jobs.warehouse;

import commstat.jobs.TestSpark;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What a recording notes of a stage's reads and writes, and when a fingerprint changes. */
class TableAccessTest {
    private static final StructType SCHEMA = new StructType()
            .add("dataset", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, false)
            .add("rows", DataTypes.IntegerType, true)
            .add("year", DataTypes.IntegerType, true);

    @TempDir
    Path tmp;

    private final SparkSession spark = TestSpark.session();

    @Test
    void aRecordingNotesTheTablesReadAsTheyWereAndTheTablesWritten() {
        Path wh = tmp.resolve("wh");
        write(wh, "submissions", List.of(row("funds", "2025-01", 3), row("employment", "2025-01", 4)));
        write(wh, "totals", List.of(row("funds", "2025-01", 1)));

        TableAccess.Recording recording = TableAccess.record(wh);
        List<TableAccess.Read> reads;
        Map<String, String> written;
        try (recording) {
            assertThatThrownBy(() -> TableAccess.record(wh)).hasMessageContaining("already being recorded");
            TableAccess.readWhere(spark, wh, "submissions", "dataset = 'funds'").orElseThrow();
            assertThat(TableAccess.read(spark, wh, "opening_balances")).isEmpty(); // optional, absent
            Dataset<Row> funds = TableAccess.read(spark, wh, "submissions").orElseThrow()
                    .where("dataset = 'funds'");
            YearTables.recordedByYear(wh).replaceYears("totals", List.of(2025), funds, "dataset", "period");
            new YearTables(wh).replaceYears("all_years", List.of(2025), funds, "dataset", "period");
            new TableWriter(wh).write("new_mart", funds, "dataset", "period");
            TableAccess.read(spark, wh, "new_mart"); // its own output: not an input
            reads = recording.reads();
            written = recording.written();
        }
        // in name order: (table, condition, what it held)
        assertThat(reads).extracting(TableAccess.Read::table, TableAccess.Read::condition).containsExactly(
                tuple("all_years", null),            // replaced by a stage of every year: whole, absent before
                tuple("new_mart", null),             // written, and absent before
                tuple("opening_balances", null),     // optional, absent
                tuple("submissions", null),
                tuple("submissions", "dataset = 'funds'"),
                tuple("totals", "NOT (year IN (2025))")); // 2025 replaced: the other years' rows are an input
        assertThat(reads.get(0).fingerprint()).isEqualTo("absent");
        assertThat(reads.get(1).fingerprint()).isEqualTo("absent");
        assertThat(reads.get(2).fingerprint()).isEqualTo("absent");
        assertThat(reads.get(3).fingerprint()).startsWith("sha256:");
        assertThat(reads.get(4).fingerprint()).startsWith("rows:1:");
        assertThat(reads.get(5).fingerprint()).startsWith("rows:");
        assertThat(written).containsExactly(entry("all_years", null), entry("new_mart", null),
                entry("totals", "year IN (2025)"));

        // closed: reads are not noted any more, and the warehouse can be recorded again
        TableAccess.read(spark, wh, "submissions");
        assertThat(recording.reads()).hasSize(6);
        TableAccess.record(wh).close();
    }

    @Test
    void theFingerprintOfSomeRowsChangesWithThoseRowsOnly() {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        Row funds = row("funds", "2025-01", 3);
        write(a, "t", List.of(funds, row("employment", "2025-01", 4)));
        write(b, "t", List.of(funds, row("employment", "2025-02", 4), row("employment", "2025-03", null)));
        write(c, "t", List.of(row("funds", "2025-01", 5), row("employment", "2025-01", 4)));

        String where = "dataset = 'funds'";
        assertThat(TableFingerprint.of(spark, b, "t", where)).isEqualTo(TableFingerprint.of(spark, a, "t", where))
                .startsWith("rows:1:");
        assertThat(TableFingerprint.of(spark, c, "t", where)).isNotEqualTo(TableFingerprint.of(spark, a, "t", where));
        assertThat(TableFingerprint.of(null, b, "t", null)).isNotEqualTo(TableFingerprint.of(null, a, "t", null));
        assertThat(TableFingerprint.of(spark, a, "t", "dataset = 'none'")).isEqualTo("rows:0:0:0:0:0");
        assertThat(TableFingerprint.of(spark, a, "missing", where)).isEqualTo("absent");
    }

    @Test
    void fingerprintsTakenTogetherAreEachTablesOwn() {
        Path wh = tmp.resolve("wh");
        write(wh, "t", List.of(row("funds", "2025-01", 3), row("employment", "2025-01", 4)));
        write(wh, "u", List.of(row("funds", "2025-02", 3), row("funds", "2025-03", null)));
        write(wh, "v", List.of(row("population", "2025-01", 7)));
        Map<String, String> conditions = new java.util.TreeMap<>();
        conditions.put("t", "dataset = 'funds'");
        conditions.put("u", "dataset = 'funds'");   // the same rows but one: must not be summed with t's
        conditions.put("v", "dataset = 'none'");    // no rows meet it
        conditions.put("w", "dataset = 'funds'");   // absent
        conditions.put("whole", null);

        Map<String, String> together = TableFingerprint.ofAll(spark, wh, conditions);

        conditions.forEach((table, where) ->
                assertThat(together).containsEntry(table, TableFingerprint.of(spark, wh, table, where)));
        assertThat(together).hasSize(5).containsEntry("v", "rows:0:0:0:0:0").containsEntry("w", "absent");
        assertThat(together.get("u")).startsWith("rows:2:");
    }

    private static Row row(String dataset, String period, Integer rows) {
        return RowFactory.create(dataset, period, rows, 2025);
    }

    private void write(Path wh, String table, List<Row> rows) {
        new TableWriter(wh).write(table, spark.createDataFrame(rows, SCHEMA), "dataset", "period");
    }
}
