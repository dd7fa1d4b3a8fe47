package commstat.jobs;

import commstat.jobs.assessment.AssessmentJob;
import commstat.jobs.assessment.AssessmentScheme;
import commstat.jobs.assessment.SchemeLoader;
import commstat.jobs.funds.FundsConfig;
import commstat.jobs.funds.FundsJob;
import commstat.jobs.statistics.StatisticsJob;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's single-node reference ({@code bench/sql/*.sql}, plain DuckDB SQL) computes the same marts as the
 * Spark jobs on the conformance warehouse, row for row: every mart of the reference (assessment, reporting and the
 * disclosure totals) is compared with the Spark mart of the same name (year 2025, run date 2026-03-01) by EXCEPT ALL
 * both ways, on every column. This guards both the SQL (the
 * benchmark compares like with like) and the jobs (an independent implementation of the same rules agrees).
 */
class DuckDbReferenceTest {
    static final int YEAR = 2025;
    static final LocalDate RUN_DATE = LocalDate.parse("2026-03-01");
    /** Columns the reference does not compute: the weight Monte Carlo's class. */
    static final Map<String, List<String>> NOT_COMPARED = Map.of("assessment_scores", List.of("uncertainty_class"));

    static Path warehouse;
    static Path sqlDir;

    @BeforeAll
    static void sparkMarts() {
        SparkSession spark = TestSpark.session();
        warehouse = ConformanceWarehouse.path();
        sqlDir = TestPaths.repo().resolve("bench/sql");
        // The conformance tests of this JVM write the same marts with the same year and run date; each job runs
        // here only when its marts are not there yet.
        if (!Files.isDirectory(warehouse.resolve("fund_anomaly_points")) || !Files.isDirectory(warehouse.resolve("disclosure_accounts"))) {
            new FundsJob(spark, FundsConfig.defaults()).run(warehouse, YEAR, RUN_DATE);
        }
        AssessmentScheme scheme = SchemeLoader.loadDefault();
        if (!Files.isDirectory(warehouse.resolve("assessment_scores"))) {
            new AssessmentJob(spark, warehouse, scheme).run(YEAR);
        }
        if (!Files.isDirectory(warehouse.resolve("reporting_rates"))) {
            new StatisticsJob(spark, warehouse, scheme.art14(), 10).run(YEAR, RUN_DATE.atStartOfDay());
        }
    }

    @Test
    void everyReferenceMartEqualsTheSparkMart() throws Exception {
        List<Path> marts = sqlFiles();
        assertThat(marts).extracting(p -> p.getFileName().toString())
                .contains("assessment_indicators.sql", "assessment_scores.sql", "reporting_rates.sql", "disclosure_accounts.sql");
        List<String> differences = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            views(s);
            for (String stmt : sql(sqlDir.resolve("_prelude.sql")).split(";\\s*\\n")) {
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
            for (Path f : marts) {
                String mart = f.getFileName().toString().replaceFirst("\\.sql$", "");
                s.execute("CREATE OR REPLACE TEMP TABLE ref AS " + sql(f));
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("DESCRIBE ref")) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                    }
                }
                columns.removeAll(NOT_COMPARED.getOrDefault(mart, List.of()));
                String cols = String.join(", ", columns);
                String spark = "(SELECT " + cols + " FROM read_parquet('" + warehouse.resolve(mart).resolve("*.parquet")
                        + "') WHERE year = " + YEAR + ")";
                String ref = "(SELECT " + cols + " FROM ref)";
                assertThat(count(s, ref)).as("rows of the reference %s", mart).isGreaterThan(0);
                assertThat(count(s, spark)).as("rows of the Spark mart %s", mart).isEqualTo(count(s, ref));
                differences.addAll(rows(s, "SELECT '" + mart + " only in Spark: ' || (x::VARCHAR) FROM (" + spark + " EXCEPT ALL " + ref + ") x"));
                differences.addAll(rows(s, "SELECT '" + mart + " only in DuckDB: ' || (x::VARCHAR) FROM (" + ref + " EXCEPT ALL " + spark + ") x"));
            }
        }
        assertThat(differences).as("rows that differ between the DuckDB reference and the Spark marts").isEmpty();
    }

    static List<Path> sqlFiles() throws Exception {
        try (Stream<Path> files = Files.list(sqlDir)) {
            return files.filter(p -> p.toString().endsWith(".sql") && !p.getFileName().toString().startsWith("_")).sorted().toList();
        }
    }

    static String sql(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8)
                .replace("${year}", String.valueOf(YEAR))
                .replace("${run_date}", RUN_DATE.toString())
                .replace("${deadline_day}", "10")
                .trim().replaceFirst(";\\s*$", "");
    }

    static void views(Statement s) throws Exception {
        try (Stream<Path> dirs = Files.list(warehouse)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = d.getFileName().toString();
                if (name.matches("[a-z0-9_]+")) {
                    s.execute("CREATE OR REPLACE VIEW " + name + " AS SELECT * FROM read_parquet('" + d.resolve("*.parquet") + "')");
                }
            }
        }
    }

    static long count(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> rows(Statement s, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query + " LIMIT 20")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
