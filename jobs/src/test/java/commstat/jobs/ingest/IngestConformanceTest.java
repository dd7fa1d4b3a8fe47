package commstat.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.jobs.ConformanceWarehouse;
import commstat.jobs.TestPaths;
import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spark ingest on {@code shared/conformance}: the Parquet it writes, read back, equals what
 * {@code expected.json} says for every file, every rejected row and every effective submission.
 */
class IngestConformanceTest {
    static Path warehouse;
    static JsonNode expected;
    static IngestRunSummary summary;

    @BeforeAll
    static void ingestConformanceLanding() throws Exception {
        expected = new ObjectMapper().readTree(TestPaths.conformance().resolve("expected.json").toFile());
        warehouse = ConformanceWarehouse.path();
        summary = ConformanceWarehouse.summary();
    }

    @Test
    void everyFileHasTheExpectedOutcomeAndCounts() {
        Map<String, String> actual = new TreeMap<>();
        for (Row r : table("ingest_files").collectAsList()) {
            actual.put(r.getAs("file_name"), String.join("|",
                    r.getAs("outcome"), String.valueOf((Object) r.getAs("reason")), String.valueOf((Object) r.getAs("encoding")),
                    String.valueOf((Object) r.getAs("rows_read")), String.valueOf((Object) r.getAs("rows_accepted")),
                    String.valueOf((Object) r.getAs("rows_rejected")), String.valueOf((Object) r.getAs("is_effective")),
                    String.valueOf((Object) r.getAs("is_superseded")), String.valueOf(r.getList(r.fieldIndex("warnings")))));
        }
        Map<String, String> wanted = new TreeMap<>();
        for (JsonNode f : expected.get("files")) {
            List<String> warnings = new ArrayList<>();
            f.get("warnings").forEach(w -> warnings.add(w.asText()));
            wanted.put(f.get("name").asText(), String.join("|",
                    f.get("outcome").asText(), text(f.get("reason")), text(f.get("encoding")),
                    f.get("rows_read").asText(), f.get("rows_accepted").asText(), f.get("rows_rejected").asText(),
                    f.get("effective").asText(), f.get("superseded").asText(), warnings.toString()));
        }
        assertThat(actual).containsExactlyInAnyOrderEntriesOf(wanted);
    }

    @Test
    void everyRejectedRowIsStoredWithFileLineColumnAndCode() {
        TreeSet<String> actual = new TreeSet<>();
        for (Row r : table("ingest_rejects").collectAsList()) {
            actual.add(r.getAs("file_name") + "|" + r.getAs("line") + "|" + r.getAs("column_name") + "|" + r.getAs("code")
                    + "|" + r.getList(r.fieldIndex("faults")));
        }
        TreeSet<String> wanted = new TreeSet<>();
        for (JsonNode j : expected.get("rejected_rows")) {
            List<String> faults = new ArrayList<>();
            j.get("faults").forEach(x -> faults.add(x.asText()));
            wanted.add(j.get("file").asText() + "|" + j.get("line").asText() + "|" + text(j.get("column")) + "|"
                    + j.get("code").asText() + "|" + faults);
        }
        assertThat(actual).containsExactlyElementsOf(wanted);
    }

    @Test
    void everyEffectiveSubmissionHasItsFirstAcceptedTimeAndTimeliness() {
        TreeSet<String> actual = new TreeSet<>();
        for (Row r : table("submissions_effective").collectAsList()) {
            actual.add(String.join("|", r.getAs("community_code"), r.getAs("dataset"), r.getAs("period"),
                    r.getAs("file_name"), r.getAs("first_accepted_file"), iso(r.getAs("first_accepted_at")),
                    iso(r.getAs("deadline")), String.valueOf((Object) r.getAs("is_on_time"))));
        }
        TreeSet<String> wanted = new TreeSet<>();
        for (JsonNode e : expected.get("effective_submissions")) {
            wanted.add(String.join("|", e.get("community").asText(), e.get("dataset").asText(), e.get("period").asText(),
                    e.get("file").asText(), e.get("first_accepted_file").asText(), e.get("first_accepted_at").asText(),
                    e.get("deadline").asText(), e.get("on_time").asText()));
        }
        assertThat(actual).containsExactlyElementsOf(wanted);
    }

    @Test
    void stagedRowsEqualTheAcceptedRowsOfIngestedFiles() {
        long accepted = 0;
        for (JsonNode f : expected.get("files")) {
            if (f.get("outcome").asText().equals("ingested")) {
                accepted += f.get("rows_accepted").asLong();
            }
        }
        long staged = summary.stagedRows().values().stream().mapToLong(Long::longValue).sum();
        assertThat(staged).isEqualTo(accepted);
        assertThat(summary.rowsRead()).isEqualTo(summary.rowsAccepted() + summary.rowsRejected());
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        SparkSession spark = TestSpark.session();
        return spark.read().parquet(warehouse.resolve(name).toString());
    }

    private static String iso(java.time.LocalDateTime t) {
        return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }
}
