package commstat.reports;

import static org.assertj.core.api.Assertions.assertThat;

import commstat.reports.assessment.AssessmentMartsFixture;
import commstat.reports.disclosure.DisclosureMartsFixture;
import commstat.reports.pdf.PdfTools;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportsMainTest {

    @TempDir
    Path root;

    @Test
    void renderFollowsCurrentToThePublishedSnapshotAndStampsItsName() throws Exception {
        AssessmentMartsFixture.write(root.resolve("snapshots/20260120-01"), "220102001");
        Files.writeString(root.resolve("current"), "20260120-01\n");

        int exit = ReportsMain.commandLine().execute("render", "--warehouse", root.toString(),
                "--year", "2025", "--date", "2026-01-20", "--threads", "2");

        assertThat(exit).isZero();
        Path city = root.resolve("snapshots/20260120-01/reports/assessment/2025/city.pdf");
        assertThat(PdfTools.text(city)).contains("快照 20260120-01", "运行日期 2026-01-20");
    }

    @Test
    void aWarehouseWithoutMartsFailsWithItsPathNotAStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine cmd = ReportsMain.commandLine();
        cmd.setErr(new PrintWriter(err));

        int exit = cmd.execute("render", "--warehouse", root.toString(), "--year", "2025", "--date", "2026-01-20");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("no assessment_scores in " + root + ": run `commstat assess` first")
                .doesNotContain("Exception");
    }

    @Test
    void renderBenchTimesEveryClosedDisclosure() {
        DisclosureMartsFixture.write(root, "5000.00"); // one closed quarter, one open
        StringWriter out = new StringWriter();
        CommandLine cmd = ReportsMain.commandLine();
        cmd.setOut(new PrintWriter(out));

        int exit = cmd.execute("render-bench", "--warehouse", root.toString(), "--kind", "disclosures", "--date", "2026-03-01",
                "--rounds", "1", "--threads", "1");

        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("\\| disclosure \\| 1 \\| [0-9.]+ \\|");
    }
}
