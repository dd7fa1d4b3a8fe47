package commstat.jobs.ingest;

import commstat.ingest.read.Cell;
import commstat.ingest.read.RawTable;
import commstat.ingest.read.SubmissionReader;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.jobs.TestPaths;
import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Spark ingest over the whole of {@code data-samples/}: nothing lost, nothing personal stored, same bytes twice. */
class IngestSamplesTest {
    static final byte[] KEY = "samples-test-key-0123456789abcdef0123".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path first;
    @TempDir
    static Path second;
    static IngestRunSummary summary;

    @BeforeAll
    static void ingestSamplesTwice() {
        IngestJob job = new IngestJob(TestSpark.session(), DeadlinePolicy.dayOfNextMonth(10), ProgressLog.quiet());
        summary = job.run(TestPaths.sampleLanding(), first, KEY);
        job.run(TestPaths.sampleLanding(), second, KEY);
    }

    @Test
    void everyInboxFileIsAccountedForAndEveryRowReadIsAcceptedOrRejected() throws IOException {
        List<Row> files = table("ingest_files").collectAsList();
        try (Stream<Path> inbox = Files.list(TestPaths.sampleLanding().resolve("inbox"))) {
            assertThat(files).hasSize((int) inbox.filter(Files::isRegularFile).count());
        }
        long acceptedOfIngested = 0;
        long rejectedOfReadFiles = 0;
        for (Row f : files) {
            int read = f.getAs("rows_read");
            int accepted = f.getAs("rows_accepted");
            int rejected = f.getAs("rows_rejected");
            assertThat(read).as("rows read of %s", (Object) f.getAs("file_name")).isEqualTo(accepted + rejected);
            if ("ingested".equals(f.getAs("outcome"))) {
                acceptedOfIngested += accepted;
            }
            rejectedOfReadFiles += rejected;
        }
        long staged = 0;
        for (String dataset : List.of("population", "employment", "floating", "funds")) {
            staged += table("stg_" + dataset).count();
        }
        assertThat(staged).isEqualTo(acceptedOfIngested);
        assertThat(table("ingest_rejects").count()).isEqualTo(rejectedOfReadFiles);
        assertThat(summary.rowsRead()).isEqualTo(summary.rowsAccepted() + summary.rowsRejected());
    }

    @Test
    void noIdNumberAndNoNameFromTheInputsIsStoredAnywhere() throws IOException {
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        collectPersonalValues(ids, names);
        assertThat(ids).as("the samples must hold ID numbers for this test to mean anything").hasSizeGreaterThan(100);
        assertThat(names).as("the samples must hold a name column").isNotEmpty();

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(first)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                if (p.toString().endsWith(".parquet")) {
                    continue; // read through Spark below, value by value
                }
                if (!idsIn(Files.readString(p, StandardCharsets.ISO_8859_1), ids).isEmpty()) {
                    leaks.add(p.getFileName() + " holds an ID");
                }
            }
        }
        try (Stream<Path> tables = Files.list(first)) {
            for (Path t : tables.filter(Files::isDirectory).sorted().toList()) {
                var df = TestSpark.session().read().parquet(t.toString());
                for (Row row : df.collectAsList()) {
                    for (StructField field : df.schema().fields()) {
                        for (String v : strings(row, field)) {
                            if (!idsIn(v, ids).isEmpty()) {
                                leaks.add(t.getFileName() + "." + field.name() + " holds an ID");
                            }
                            if (names.contains(v) && !FUND_PERSON_COLUMNS.contains(field.name())) {
                                leaks.add(t.getFileName() + "." + field.name() + " holds a name: " + v);
                            }
                        }
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void twoRunsOnTheSameInputsWriteTheSameParquetBytes() throws IOException {
        List<String> differences = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(first)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                Path twin = second.resolve(first.relativize(p));
                if (!Files.exists(twin) || !java.util.Arrays.equals(Files.readAllBytes(p), Files.readAllBytes(twin))) {
                    differences.add(first.relativize(p).toString());
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    /**
     * The funds ledger's free-text person columns are stored on purpose (the fund rules need them; they are masked
     * when published), and the sample's approvers and counterparties are drawn from the same name pool as its
     * name columns: a name may stand there, nowhere else.
     */
    private static final Set<String> FUND_PERSON_COLUMNS = Set.of("counterparty", "approved_by");
    private static final Pattern ID_LIKE = Pattern.compile("[0-9Xx]{15,}");

    /** The input IDs found in a text: every run of 15+ ID characters, looked up as every 15..18-long window. */
    private static List<String> idsIn(String text, Set<String> ids) {
        List<String> found = new ArrayList<>();
        Matcher m = ID_LIKE.matcher(text);
        while (m.find()) {
            String run = m.group().toUpperCase(Locale.ROOT);
            for (int len = 15; len <= 18; len++) {
                for (int i = 0; i + len <= run.length(); i++) {
                    if (ids.contains(run.substring(i, i + len))) {
                        found.add(run.substring(i, i + len));
                    }
                }
            }
        }
        return found;
    }

    /** ID numbers (normalised) and name-column values of every readable inbox file, read with the ingest reader. */
    private static void collectPersonalValues(Set<String> ids, Set<String> names) throws IOException {
        try (Stream<Path> inbox = Files.list(TestPaths.sampleLanding().resolve("inbox"))) {
            for (Path p : inbox.sorted().toList()) {
                RawTable table;
                try {
                    table = SubmissionReader.read(p.getFileName().toString(), Files.readAllBytes(p));
                } catch (Exception unreadable) {
                    continue;
                }
                List<String> header = table.header();
                for (int i = 0; i < header.size(); i++) {
                    String h = Normalizer.normalize(header.get(i), Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
                    boolean id = h.equals("id_number") || h.equals("身份证号");
                    boolean name = h.equals("name") || h.equals("姓名");
                    for (var row : table.rows()) {
                        Cell c = i < row.cells().size() ? row.cells().get(i) : Cell.EMPTY;
                        if (c.isEmpty() || c.text() == null || c.text().isBlank()) {
                            continue;
                        }
                        String v = Normalizer.normalize(c.text(), Normalizer.Form.NFKC).strip();
                        if (id && v.length() >= 15) {
                            ids.add(v.toUpperCase(Locale.ROOT));
                        } else if (name) {
                            names.add(c.text().strip());
                        }
                    }
                }
            }
        }
    }

    private static List<String> strings(Row row, StructField field) {
        int i = row.fieldIndex(field.name());
        if (row.isNullAt(i)) {
            return List.of();
        }
        if (field.dataType().equals(DataTypes.StringType)) {
            return List.of(row.getString(i));
        }
        if (field.dataType() instanceof ArrayType) {
            return row.getList(i).stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        SparkSession spark = TestSpark.session();
        return spark.read().parquet(first.resolve(name).toString());
    }
}
