package commstat.reports.publication;

import commstat.reports.ReportsMain;
import commstat.reports.disclosure.DisclosureMartsFixture;
import commstat.reports.pdf.PdfTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;


import static org.assertj.core.api.Assertions.assertThat;

/** The marts (Parquet, DuckDB) → the store with all three formats, through the API and the commands. */
class PublishFromMartsTest {
    static final String BASE = "disclosures/371902/371902001001/2025-Q1/v1/disclosure-371902001001-2025-Q1-v1";

    @TempDir
    Path root;

    @Test
    void thePdfShowsTheMartsTotalsAndARerunWritesTheSameNothing() throws Exception {
        DisclosureMartsFixture.write(root, "5000.00");
        Path store = root.resolve("publication");
        PublicationResult r = DisclosurePublisher.standard().publish(root, store, LocalDate.of(2026, 3, 1));
        assertThat(r.filesWritten()).containsExactly(BASE + ".pdf", BASE + ".csv", BASE + ".json");
        assertThat(r.closedDisclosures()).isEqualTo(1); // Q2 is open: not published

        BigDecimal closing;
        BigDecimal income;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rs = db.createStatement().executeQuery("SELECT closing_cny, income_cny FROM read_parquet('"
                     + root.resolve("disclosure_accounts") + "/*.parquet') WHERE is_total AND quarter = 1")) {
            rs.next();
            closing = rs.getBigDecimal(1);
            income = rs.getBigDecimal(2);
        }
        String text = PdfTools.text(store.resolve(BASE + ".pdf"));
        assertThat(text).contains("长乐家园社区", "王**")
                .containsPattern("期末余额\\s+" + grouped(closing).replace(".", "\\.") + "\\s+" + grouped(closing).replace(".", "\\."))
                .containsPattern("收入合计\\s+" + grouped(income).replace(".", "\\."));
        String csv = Files.readString(store.resolve(BASE + ".csv"), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF").contains("合计 TOTAL,100.00,").contains("," + closing.toPlainString() + ",true");

        byte[] pdf = Files.readAllBytes(store.resolve(BASE + ".pdf"));
        PublicationResult again = DisclosurePublisher.standard().publish(root, store, LocalDate.of(2026, 3, 1));
        assertThat(again.published()).isZero();
        assertThat(Files.readAllBytes(store.resolve(BASE + ".pdf"))).isEqualTo(pdf);
    }

    @Test
    void theCommandsPublishAndVerify() throws Exception {
        DisclosureMartsFixture.write(root, "5000.00");
        assertThat(new CommandLine(new ReportsMain()).execute("publish", "--warehouse", root.toString(), "--date", "2026-03-01"))
                .isZero();
        assertThat(new CommandLine(new ReportsMain()).execute("verify", root.toString())).isZero();
        Path pdf = root.resolve("publication").resolve(BASE + ".pdf");
        byte[] b = Files.readAllBytes(pdf);
        b[100] ^= 1;
        Files.write(pdf, b);
        assertThat(new CommandLine(new ReportsMain()).execute("verify", root.resolve("publication").toString())).isEqualTo(1);
        assertThat(PublicationVerifier.verify(root.resolve("publication")).problems())
                .singleElement().asString().startsWith("changed file " + BASE + ".pdf");
    }

    private static String grouped(BigDecimal v) {
        return String.format(java.util.Locale.ROOT, "%,.2f", v);
    }

}
