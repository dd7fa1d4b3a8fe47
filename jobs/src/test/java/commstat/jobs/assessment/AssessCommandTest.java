package commstat.jobs.assessment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command's checks that run before any Spark work (the job itself is covered by AssessmentJobTest). */
class AssessCommandTest {
    @TempDir
    Path dir;

    int run(ByteArrayOutputStream err, String... args) {
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(new AssessCommand()).execute(args);
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void aBadSchemeFileStopsWithEveryProblem() throws Exception {
        Path scheme = dir.resolve("scheme.json");
        Files.writeString(scheme, SchemeLoaderTest.resource("scheme_with_problems.json"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "--warehouse", dir.toString(), "--year", "2025", "--date", "2026-03-01", "--scheme", scheme.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has 10 problems").contains("the weights sum to 0.95");
    }

    @Test
    void aFolderThatWasNeverIngestedIsRefused() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "--warehouse", dir.toString(), "--year", "2025", "--date", "2026-03-01", "--runs", "10");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not an ingested warehouse (no ref_communities)");
    }

    @Test
    void aDateMustBeAnIsoDate() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = run(err, "--warehouse", dir.toString(), "--year", "2025", "--date", "1/3/2026");
        assertThat(code).isEqualTo(2);
    }
}
