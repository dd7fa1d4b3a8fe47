package commstat.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.ingest.landing.LandingArea;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.landing.ReferenceLoader;
import commstat.ingest.landing.ReferenceProblem;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.submissions.DeadlinePolicy;
import commstat.ingest.submissions.EffectiveSubmission;
import commstat.ingest.submissions.FileOutcome;
import commstat.ingest.submissions.Resolution;
import commstat.ingest.submissions.SubmissionResolver;
import commstat.ingest.validate.FileResult;
import commstat.ingest.validate.RowReject;
import commstat.ingest.validate.SubmissionValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole ingest validation (reference, every inbox file, resolution) over the conformance landing area
 * and compares with {@code expected.json}, reporting every mismatch at once.
 */
class ConformanceIngestTest {
    private static final KeyedHasher HASHER =
            new KeyedHasher("conformance-test-key-not-a-secret".getBytes(StandardCharsets.UTF_8));

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static JsonNode expected;
    private static ReferenceData reference;
    private static List<FileResult> results;
    private static Resolution resolution;

    static Path conformanceDir() {
        String shared = System.getProperty("commstat.shared.dir");
        Path base = shared != null ? Path.of(shared) : Path.of("../../shared");
        return base.resolve("conformance");
    }

    @BeforeAll
    static void runIngest() throws IOException {
        Path landing = conformanceDir();
        expected = new ObjectMapper().readTree(landing.resolve("expected.json").toFile());
        reference = ReferenceLoader.load(LandingArea.referenceDir(landing));
        SubmissionValidator validator = new SubmissionValidator(reference, HASHER);
        // files are independent: validated in parallel as the Spark job does (and so the validator's thread safety is exercised)
        results = LandingArea.inboxFiles(landing).parallelStream().map(validator::validate).toList();
        resolution = new SubmissionResolver(DeadlinePolicy.defaultPolicy())
                .resolve(results.stream().map(FileResult::summary).toList());
    }

    @Test
    void everyFileHasTheExpectedOutcomeCountsAndFlags() {
        Map<String, FileOutcome> actual = new HashMap<>();
        resolution.outcomes().forEach(o -> actual.put(o.fileName(), o));
        List<String> mismatches = new ArrayList<>();
        TreeSet<String> expectedNames = new TreeSet<>();
        for (JsonNode f : expected.get("files")) {
            String name = f.get("name").asText();
            expectedNames.add(name);
            FileOutcome o = actual.get(name);
            if (o == null) {
                mismatches.add(name + ": no outcome");
                continue;
            }
            compare(mismatches, name, "outcome", text(f.get("outcome")), o.outcome().label());
            compare(mismatches, name, "reason", text(f.get("reason")), o.reason() == null ? null : o.reason().name());
            compare(mismatches, name, "encoding", text(f.get("encoding")), o.encoding());
            compare(mismatches, name, "rows_read", f.get("rows_read").asInt(), o.rowsRead());
            compare(mismatches, name, "rows_accepted", f.get("rows_accepted").asInt(), o.rowsAccepted());
            compare(mismatches, name, "rows_rejected", f.get("rows_rejected").asInt(), o.rowsRejected());
            Map<String, Integer> byCode = new TreeMap<>();
            f.get("rejected_by_code").fields().forEachRemaining(e -> byCode.put(e.getKey(), e.getValue().asInt()));
            compare(mismatches, name, "rejected_by_code", byCode, new TreeMap<>(o.rejectedByCode()));
            compare(mismatches, name, "effective", f.get("effective").asBoolean(), o.effective());
            compare(mismatches, name, "superseded", f.get("superseded").asBoolean(), o.superseded());
            List<String> warnings = new ArrayList<>();
            f.get("warnings").forEach(w -> warnings.add(w.asText()));
            compare(mismatches, name, "warnings", warnings, o.warnings());
        }
        for (String name : actual.keySet()) {
            if (!expectedNames.contains(name)) {
                mismatches.add(name + ": not in expected.json");
            }
        }
        assertThat(mismatches).as(report(mismatches)).isEmpty();
    }

    @Test
    void everyRejectedRowHasTheExpectedLineColumnCodeAndFaults() {
        TreeSet<String> wanted = new TreeSet<>();
        for (JsonNode r : expected.get("rejected_rows")) {
            List<String> faults = new ArrayList<>();
            r.get("faults").forEach(x -> faults.add(x.asText()));
            wanted.add(r.get("file").asText() + " line " + r.get("line").asInt() + " column " + text(r.get("column"))
                    + " " + r.get("code").asText() + " " + faults);
        }
        TreeSet<String> actual = new TreeSet<>();
        for (FileResult result : results) {
            if (rowsCount(result.fileName())) {
                for (RowReject j : result.rejects()) {
                    actual.add(j.file() + " line " + j.line() + " column " + j.column() + " " + j.code() + " "
                            + j.faults());
                }
            }
        }
        List<String> mismatches = difference(wanted, actual);
        assertThat(mismatches).as(report(mismatches)).isEmpty();
    }

    @Test
    void everyEffectiveSubmissionHasTheExpectedFileAndTimeliness() {
        TreeSet<String> wanted = new TreeSet<>();
        for (JsonNode e : expected.get("effective_submissions")) {
            wanted.add(String.join(" ", e.get("community").asText(), e.get("dataset").asText(),
                    e.get("period").asText(), "file=" + e.get("file").asText(),
                    "first=" + e.get("first_accepted_file").asText(), "at=" + e.get("first_accepted_at").asText(),
                    "deadline=" + e.get("deadline").asText(), "on_time=" + e.get("on_time").asBoolean()));
        }
        TreeSet<String> actual = new TreeSet<>();
        for (EffectiveSubmission e : resolution.effective()) {
            actual.add(String.join(" ", e.communityCode(), e.dataset().code(), e.period().toString(),
                    "file=" + e.file(), "first=" + e.firstAcceptedFile(), "at=" + ISO.format(e.firstAcceptedAt()),
                    "deadline=" + ISO.format(e.deadline()), "on_time=" + e.onTime()));
        }
        List<String> mismatches = difference(wanted, actual);
        assertThat(mismatches).as(report(mismatches)).isEmpty();
    }

    @Test
    void referenceProblemsAreTheExpectedOnes() {
        TreeSet<String> wanted = new TreeSet<>();
        for (JsonNode p : expected.get("reference_problems")) {
            wanted.add(p.get("file").asText() + " line " + text(p.get("line")));
        }
        TreeSet<String> actual = new TreeSet<>();
        for (ReferenceProblem p : reference.problems()) {
            actual.add(p.file() + " line " + p.line());
        }
        List<String> mismatches = difference(wanted, actual);
        assertThat(mismatches).as(report(mismatches)).isEmpty();
    }

    @Test
    void everyFileAccountsForEveryRowRead() {
        for (FileOutcome o : resolution.outcomes()) {
            assertThat(o.rowsRead()).as(o.fileName()).isEqualTo(o.rowsAccepted() + o.rowsRejected());
        }
    }

    /** Rejected rows are reported for files whose rows were read (not for duplicates and conflicts). */
    private static boolean rowsCount(String fileName) {
        return resolution.outcomes().stream().anyMatch(o -> o.fileName().equals(fileName) && o.rowsRead() > 0);
    }

    private static List<String> difference(TreeSet<String> wanted, TreeSet<String> actual) {
        List<String> mismatches = new ArrayList<>();
        for (String w : wanted) {
            if (!actual.contains(w)) {
                mismatches.add("missing:    " + w);
            }
        }
        for (String a : actual) {
            if (!wanted.contains(a)) {
                mismatches.add("unexpected: " + a);
            }
        }
        return mismatches;
    }

    private static void compare(List<String> mismatches, String file, String field, Object wanted, Object actual) {
        if (!java.util.Objects.equals(wanted, actual)) {
            mismatches.add(file + " " + field + ": expected " + wanted + ", got " + actual);
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String report(List<String> mismatches) {
        return mismatches.size() + " mismatch(es):\n" + String.join("\n", mismatches);
    }
}
