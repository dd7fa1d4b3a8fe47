import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The single-node reference of the benchmark: the core marts computed in plain DuckDB SQL ({@code bench/sql/*.sql},
 * one query per mart) from the same ingest Parquet as the Spark jobs, and the check that both agree.
 * Run with the DuckDB JDBC jar on the class path (bench/run.sh compiles and starts it):
 * <pre>
 *   marts   --warehouse WH --out DIR --year Y --date yyyy-MM-dd [--repeat N]   write DIR/&lt;mart&gt;.parquet, print seconds per mart
 *   compare --warehouse WH --out DIR --year Y                               EXCEPT both ways per mart; exit 1 on any difference
 *   query   --warehouse WH "SQL"                                            print a query's rows (for looking)
 * </pre>
 * A query sees every warehouse table as a view of its name and has {@code ${year}}, {@code ${run_date}} and
 * {@code ${deadline_day}} replaced before it runs.
 */
public final class DuckDbMarts {
    /** Columns left out of the comparison: computed by a step the reference does not reproduce. */
    static final Map<String, List<String>> NOT_COMPARED = Map.of(
            "assessment_scores", List.of("uncertainty_class"));

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: DuckDbMarts marts|compare|query --warehouse WH [--out DIR] [--year Y] [--date D] [--repeat N]");
            System.exit(2);
        }
        Map<String, String> opt = new TreeMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                opt.put(args[i].substring(2), args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        Path warehouse = Path.of(require(opt, "warehouse"));
        Path sqlDir = Path.of(opt.getOrDefault("sql", Path.of(System.getProperty("bench.dir", "bench"), "sql").toString()));
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            System.out.printf("duckdb: connected in %.2f s%n", (System.nanoTime() - t0) / 1e9);
            switch (args[0]) {
                case "marts" -> marts(c, warehouse, sqlDir, Path.of(require(opt, "out")), params(opt),
                        Integer.parseInt(opt.getOrDefault("repeat", "1")));
                case "compare" -> System.exit(compare(c, warehouse, sqlDir, Path.of(require(opt, "out")), Integer.parseInt(require(opt, "year"))));
                case "query" -> {
                    views(c, warehouse);
                    if (opt.containsKey("year")) {
                        prelude(c, sqlDir, params(opt));
                    }
                    long q = System.nanoTime();
                    print(c, String.join(" ", rest));
                    System.out.printf("query: %.2f s%n", (System.nanoTime() - q) / 1e9);
                }
                default -> throw new IllegalArgumentException("unknown subcommand " + args[0]);
            }
        }
    }

    static Map<String, String> params(Map<String, String> opt) {
        return Map.of("year", require(opt, "year"), "run_date", require(opt, "date"),
                "deadline_day", opt.getOrDefault("deadline-day", "10"));
    }

    static String require(Map<String, String> opt, String name) {
        String v = opt.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    /** One view per table folder of the warehouse (the prelude creates the absent optional tables, empty). */
    static void views(Connection c, Path warehouse) throws Exception {
        try (Statement s = c.createStatement(); Stream<Path> dirs = Files.list(warehouse)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = d.getFileName().toString();
                if (name.startsWith(".") || !name.matches("[a-z0-9_]+") || !isTable(d)) {
                    continue;
                }
                s.execute("CREATE OR REPLACE VIEW " + name + " AS SELECT * FROM read_parquet('" + d.resolve("*.parquet") + "')");
            }
        }
    }

    /** A table is a folder of Parquet files; a snapshot also holds others ({@code reports/}: PDFs, charts). */
    static boolean isTable(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
    }

    static List<Path> sqlFiles(Path sqlDir) throws Exception {
        try (Stream<Path> files = Files.list(sqlDir)) {
            return files.filter(p -> p.toString().endsWith(".sql") && !p.getFileName().toString().startsWith("_")).sorted().toList();
        }
    }

    static String mart(Path sql) {
        return sql.getFileName().toString().replaceFirst("^\\d+[-_]", "").replaceFirst("\\.sql$", "");
    }

    /** The query of one mart file with its parameters filled in. */
    public static String query(Path sql, Map<String, String> params) throws Exception {
        String text = Files.readString(sql, StandardCharsets.UTF_8);
        for (var e : params.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        return text.trim().replaceFirst(";\\s*$", "");
    }

    /** {@code _prelude.sql}: the macros and shared views the marts use; statements end with a semicolon at a line end. */
    static void prelude(Connection c, Path sqlDir, Map<String, String> params) throws Exception {
        Path prelude = sqlDir.resolve("_prelude.sql");
        if (!Files.exists(prelude)) {
            return;
        }
        try (Statement s = c.createStatement()) {
            for (String stmt : query(prelude, params).split(";\\s*\\n")) {
                if (!stmt.isBlank()) {
                    s.execute(stmt);
                }
            }
        }
    }

    static void marts(Connection c, Path warehouse, Path sqlDir, Path out, Map<String, String> params, int repeat) throws Exception {
        Files.createDirectories(out);
        List<Path> files = sqlFiles(sqlDir);
        for (int r = 1; r <= repeat; r++) {
            long start = System.nanoTime();
            views(c, warehouse);
            prelude(c, sqlDir, params);
            StringBuilder line = new StringBuilder();
            long[] stage = new long[3]; // assessment_*, reporting_*, disclosure_*; the prelude counts to the assessment
            stage[0] = System.nanoTime() - start;
            for (Path f : files) {
                long t = System.nanoTime();
                Path target = out.resolve(mart(f) + ".parquet");
                try (Statement s = c.createStatement()) {
                    s.execute("COPY (" + query(f, params) + ") TO '" + target + "' (FORMAT parquet)");
                } catch (SQLException e) {
                    throw new IllegalStateException(f + ": " + e.getMessage(), e);
                }
                long took = System.nanoTime() - t;
                stage[mart(f).startsWith("assessment") ? 0 : mart(f).startsWith("disclosure") ? 2 : 1] += took;
                line.append(String.format(" %s %.2f s;", mart(f), took / 1e9));
            }
            System.out.printf("duckdb run %d: assessment %.2f s; reporting %.2f s; disclosure %.2f s; total %.2f s; since JVM start %.2f s;%s%n",
                    r, stage[0] / 1e9, stage[1] / 1e9, stage[2] / 1e9, (System.nanoTime() - start) / 1e9,
                    (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3, line);
        }
    }

    /** Each mart of the reference against the Spark mart of the same name (rows of year Y), EXCEPT ALL both ways. */
    static int compare(Connection c, Path warehouse, Path sqlDir, Path out, int year) throws Exception {
        int bad = 0;
        for (Path f : sqlFiles(sqlDir)) {
            String mart = mart(f);
            Path spark = warehouse.resolve(mart);
            if (!Files.isDirectory(spark)) {
                System.out.printf("compare %-24s no Spark mart in %s%n", mart, warehouse);
                bad++;
                continue;
            }
            String duck = "read_parquet('" + out.resolve(mart + ".parquet") + "')";
            List<String> columns = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + duck)) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
            columns.removeAll(NOT_COMPARED.getOrDefault(mart, List.of()));
            String cols = String.join(", ", columns);
            String sparkRows = "(SELECT " + cols + " FROM read_parquet('" + spark.resolve("*.parquet") + "') WHERE year = " + year + ")";
            String duckRows = "(SELECT " + cols + " FROM " + duck + ")";
            long onlySpark = count(c, sparkRows + " EXCEPT ALL " + duckRows);
            long onlyDuck = count(c, duckRows + " EXCEPT ALL " + sparkRows);
            long rows = count(c, duckRows);
            System.out.printf("compare %-24s %,9d rows, %d columns: %s%n", mart, rows, columns.size(),
                    onlySpark == 0 && onlyDuck == 0 ? "equal" : onlySpark + " only in Spark, " + onlyDuck + " only in DuckDB");
            if (onlySpark + onlyDuck > 0) {
                bad++;
                print(c, "SELECT 'spark' AS side, * FROM (" + sparkRows + " EXCEPT ALL " + duckRows + ") "
                        + "UNION ALL SELECT 'duckdb', * FROM (" + duckRows + " EXCEPT ALL " + sparkRows + ") ORDER BY 2, 3, 4, 1 LIMIT 10");
            }
        }
        return bad == 0 ? 0 : 1;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + sql + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void print(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            StringBuilder h = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                h.append(i > 1 ? " | " : "").append(md.getColumnName(i));
            }
            System.out.println(h);
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                System.out.println(row);
            }
        }
    }
}
