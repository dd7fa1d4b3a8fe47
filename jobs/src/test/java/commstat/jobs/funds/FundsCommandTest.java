package commstat.jobs.funds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The command's argument handling; both cases stop before a Spark session is started. */
class FundsCommandTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWithoutStagingTablesIsRefused() {
        Result r = run("--warehouse", dir.toString(), "--year", "2025", "--date", "2026-03-01");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("is not an ingested warehouse (no stg_funds)");
    }

    @Test
    void badThresholdsAreReportedTogether() throws Exception {
        Files.createDirectories(dir.resolve("stg_funds"));
        Result r = run("--warehouse", dir.toString(), "--year", "2025", "--approval-threshold", "-1",
                "--duplicate-days", "-2");
        assertThat(r.code).isEqualTo(2);
        assertThat(r.err).contains("approval threshold must be above zero, got -1",
                "duplicate window must be 0 days or more, got -2");
    }

    @Test
    void theYearIsRequired() {
        assertThat(run("--warehouse", dir.toString()).code).isEqualTo(2);
    }

    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new FundsCommand()).execute(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }
}
