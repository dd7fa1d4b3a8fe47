package commstat.jobs.statistics;

import commstat.jobs.ConformanceWarehouse;
import commstat.jobs.TestSpark;
import commstat.jobs.statistics.publication.PublicStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics of two years computed at once (as the nightly does) are the same bytes as one run per year, on
 * the conformance warehouse (submissions of 2025 and 2026).
 */
class StatisticsYearsTest {
    static final LocalDateTime NOW = LocalDateTime.parse("2026-03-01T00:00:00");
    static final List<String> TABLES = List.of(ReportingGrid.TABLE, ReportingRates.TABLE, EmploymentMonthly.TABLE,
            PopulationMonthly.TABLE, FloatingActiveMonthly.TABLE, PublicStatistics.TABLE, Art14Alerts.TABLE);

    @TempDir
    static Path root;
    static Path together;
    static Path yearByYear;
    static Map<String, Long> written;

    @BeforeAll
    static void run() {
        together = copyOfIngest(root.resolve("together"));
        yearByYear = copyOfIngest(root.resolve("year-by-year"));
        Art14Thresholds art14 = new Art14Thresholds(1000, new BigDecimal("0.5"), new BigDecimal("0.4"));
        written = new StatisticsJob(TestSpark.session(), together, art14, 10).run(List.of(2025, 2026), NOW);
        StatisticsJob single = new StatisticsJob(TestSpark.session(), yearByYear, art14, 10);
        single.run(2025, NOW);
        single.run(2026, NOW);
    }

    @Test
    void bothYearsAtOnceWriteTheSameBytesAsOneRunPerYear() {
        assertThat(written.keySet()).containsExactlyElementsOf(TABLES);
        for (String table : TABLES) {
            assertThat(files(together.resolve(table))).as(table).isEqualTo(files(yearByYear.resolve(table)));
        }
    }

    @Test
    void eachTableHoldsBothYears() {
        for (String table : TABLES.subList(0, TABLES.size() - 1)) {
            List<Integer> years = TestSpark.session().read().parquet(together.resolve(table).toString())
                    .select("year").distinct().collectAsList().stream().map(r -> r.getInt(0)).sorted().toList();
            assertThat(years).as(table).containsExactly(2025, 2026);
        }
        assertThat(written.get(ReportingGrid.TABLE)).as("every community × 4 datasets × 24 months")
                .isEqualTo(TestSpark.session().read().parquet(together.resolve("ref_communities").toString()).count() * 4 * 24);
    }

    /** The conformance warehouse's ingest tables (not the marts other test classes may have written into it). */
    private static Path copyOfIngest(Path to) {
        Path from = ConformanceWarehouse.path();
        try (Stream<Path> tables = Files.list(from)) {
            for (Path t : tables.filter(Files::isDirectory).toList()) {
                String name = t.getFileName().toString();
                if (name.startsWith("stg_") || name.startsWith("ref_") || name.equals("submissions_effective")
                        || name.equals("ingest_files")) {
                    copyTree(t, to.resolve(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    /** File name → bytes as a hex digest, for one table folder. */
    private static Map<String, String> files(Path dir) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
                out.put(f.getFileName().toString(), java.util.HexFormat.of().formatHex(digest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        assertThat(out).as("parts of " + dir).isNotEmpty();
        return out;
    }
}
