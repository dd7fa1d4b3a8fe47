package commstat.jobs.funds;

import commstat.ingest.contract.Dataset;
import commstat.jobs.ingest.StagingSchemas;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hand-written warehouse for the funds job: the CSV files under {@code src/test/resources/funds/} (one row per
 * case, the case named in its last column) written as the Parquet tables of docs/DATA.md, plus two generated
 * ledgers for Benford (G: 300 amounts all starting with 1; H: 299).
 */
final class FundsFixture {
    static final int YEAR = 2025;
    static final String G = "371902001004";
    static final String H = "371902001005";
    private static final StructType COMMUNITIES = new StructType()
            .add("community_code", DataTypes.StringType, false).add("community_name", DataTypes.StringType, false)
            .add("street_code", DataTypes.StringType, false).add("street_name", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false).add("district_name", DataTypes.StringType, false)
            .add("established_on", DataTypes.DateType, true).add("dissolved_on", DataTypes.DateType, true);
    private static final StructType ACCOUNTS = new StructType()
            .add("account_no", DataTypes.StringType, false).add("community_code", DataTypes.StringType, false)
            .add("opened_on", DataTypes.DateType, false).add("closed_on", DataTypes.DateType, true);
    private static final StructType OPENING = new StructType()
            .add("account_no", DataTypes.StringType, false).add("community_code", DataTypes.StringType, false)
            .add("as_of", DataTypes.DateType, false).add("balance_cny", StagingSchemas.DECIMAL, false);
    private static final StructType ALLOCATIONS = new StructType()
            .add("year", DataTypes.IntegerType, false).add("level", DataTypes.StringType, false)
            .add("unit_code", DataTypes.StringType, false)
            .add("fiscal_income_increase_cny", StagingSchemas.DECIMAL, false)
            .add("community_funds_allocated_cny", StagingSchemas.DECIMAL, false);

    private FundsFixture() {
    }

    static void write(SparkSession spark, Path warehouse) {
        List<Row> communities = new ArrayList<>();
        for (String[] c : csv("communities.csv")) {
            communities.add(RowFactory.create(c[0], "社区" + c[0].substring(9), c[0].substring(0, 9), "街道",
                    c[1], "区", LocalDate.of(2000, 1, 1), null));
        }
        List<Row> accounts = new ArrayList<>();
        for (String[] a : csv("special_accounts.csv")) {
            accounts.add(RowFactory.create(a[0], a[1], LocalDate.parse(a[2]), a[3].isEmpty() ? null : LocalDate.parse(a[3])));
        }
        List<Row> opening = new ArrayList<>();
        for (String[] o : csv("opening_balances.csv")) {
            opening.add(RowFactory.create(o[0], o[1], LocalDate.parse(o[2]), new BigDecimal(o[3])));
        }
        List<Row> allocations = new ArrayList<>();
        for (String[] f : csv("fiscal_allocations.csv")) {
            allocations.add(RowFactory.create(Integer.parseInt(f[0]), f[1], f[2], new BigDecimal(f[3]), new BigDecimal(f[4])));
        }

        List<String[]> ledger = new ArrayList<>(csv("ledger.csv"));
        ledger.addAll(benfordLedger(G, 300));
        ledger.addAll(benfordLedger(H, 299));
        List<Row> funds = new ArrayList<>();
        Map<String, String> effectiveFiles = new TreeMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (String[] t : ledger) {
            boolean effective = Boolean.parseBoolean(t[10]);
            LocalDate date = LocalDate.parse(t[3]);
            String period = date.toString().substring(0, 7);
            LocalDateTime submittedAt = date.withDayOfMonth(1).plusMonths(1).atTime(effective ? 10 : 9, 0);
            String file = t[0] + "_funds_" + period + "_" + submittedAt.toString().replace("-", "").replace(":", "") + "00.csv";
            int line = lines.merge(file, 1, Integer::sum) + 1;
            funds.add(RowFactory.create(file, line, t[0], period, submittedAt, effective,
                    t[1], t[2], date, t[4], t[5], new BigDecimal(t[6]), t[7], t[8], "ORG", "purpose of " + t[1],
                    t[9].isEmpty() ? null : t[9]));
            if (effective) {
                effectiveFiles.put(t[0] + "|funds|" + period, file);
            }
        }
        // F: an effective funds submission whose rows were all rejected; I: only a population submission.
        effectiveFiles.put("371902001003|funds|2025-05", "371902001003_funds_2025-05_20250601T100000.csv");
        effectiveFiles.put("371902001006|population|2025-05", "371902001006_population_2025-05_20250601T100000.csv");
        List<Row> effective = new ArrayList<>();
        effectiveFiles.forEach((key, file) -> {
            String[] k = key.split("\\|");
            LocalDateTime at = LocalDate.parse(k[2] + "-01").plusMonths(1).atTime(10, 0);
            effective.add(RowFactory.create(k[0], k[1], k[2], file, at, file, at, at.plusDays(9).withHour(23).withMinute(59)
                    .withSecond(59), true));
        });

        write(spark, warehouse, "stg_funds", funds, StagingSchemas.staging(Dataset.FUNDS));
        write(spark, warehouse, "submissions_effective", effective, StagingSchemas.effectiveSubmissions());
        write(spark, warehouse, "ref_communities", communities, COMMUNITIES);
        write(spark, warehouse, "ref_special_accounts", accounts, ACCOUNTS);
        write(spark, warehouse, "ref_opening_balances", opening, OPENING);
        write(spark, warehouse, "ref_fiscal_allocations", allocations, ALLOCATIONS);
    }

    /** {@code n} approved OUTs of 1,000.00 + i, one a day from Y-01-01, each to its own counterparty; funded first. */
    private static List<String[]> benfordLedger(String community, int n) {
        String account = community.equals(G) ? "G1" : "H1";
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {community, account + "-0", account, YEAR + "-01-01", "IN", "SPECIAL_FUND", "1000000.00",
                "B0", "专项", "", "true"});
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {community, String.format("%s-%03d", account, i), account,
                    LocalDate.of(YEAR, 1, 1).plusDays(i).toString(), "OUT", "PUBLIC_SERVICE", (1000 + i) + ".00",
                    "B" + i, "供应商" + i, "张主任", "true"});
        }
        return rows;
    }

    private static void write(SparkSession spark, Path warehouse, String table, List<Row> rows, StructType schema) {
        spark.createDataFrame(rows, schema).coalesce(1).write().parquet(warehouse.resolve(table).toString());
    }

    /** The data rows of a fixture CSV (no quoting: the fixtures hold no commas in values). */
    static List<String[]> csv(String name) {
        try (InputStream in = FundsFixture.class.getResourceAsStream("/funds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource funds/" + name);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            List<String[]> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
