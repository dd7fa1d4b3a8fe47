package commstat.jobs.statistics;

import commstat.ingest.contract.Dataset;
import commstat.jobs.ingest.StagingSchemas;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made warehouse in the layout of docs/DATA.md, written as real Parquet: the staging and reference
 * tables the assessment and statistics read. Each submission is a file; an event or population row goes into
 * the effective file of its community, dataset and month, created on first use (submitted on the 5th of the
 * next month, on time) unless the test declared it.
 */
public final class WarehouseFixture {
    private final SparkSession spark;
    private final Path warehouse;
    private final List<Row> communities = new ArrayList<>();
    private final Map<String, FileSpec> files = new LinkedHashMap<>();
    private final List<Row> population = new ArrayList<>();
    private final List<Row> employment = new ArrayList<>();
    private final List<Row> floating = new ArrayList<>();
    private final List<Row> inputs = new ArrayList<>();
    private final List<Row> housing = new ArrayList<>();
    private final List<Row> fundPoints = new ArrayList<>();
    private int lines = 1;

    /** One inbox file as the ingest would have recorded it. */
    public static final class FileSpec {
        final String name;
        final String community;
        final String dataset;
        final String period;
        final LocalDateTime submittedAt;
        boolean effective = true;
        boolean ingested = true;
        int rowsRead;
        int rowsAccepted;
        LocalDateTime firstAcceptedAt;
        boolean onTime = true;

        FileSpec(String community, String dataset, String period, LocalDateTime submittedAt) {
            this.community = community;
            this.dataset = dataset;
            this.period = period;
            this.submittedAt = submittedAt;
            this.name = community + "_" + dataset + "_" + period + "_"
                    + submittedAt.toString().replace("-", "").replace(":", "") + ".csv";
            this.firstAcceptedAt = submittedAt;
        }

        public FileSpec rows(int read, int accepted) {
            rowsRead = read;
            rowsAccepted = accepted;
            return this;
        }

        /** Adds rows that were read and rejected. */
        public FileSpec rejected(int rows) {
            rowsRead += rows;
            return this;
        }

        public FileSpec late() {
            onTime = false;
            return this;
        }

        public FileSpec superseded() {
            effective = false;
            return this;
        }

        /** Rejected whole (e.g. MISSING_COLUMN): never effective, its rows counted as rejected. */
        public FileSpec rejectedWhole() {
            effective = false;
            ingested = false;
            return this;
        }

        public String name() {
            return name;
        }
    }

    public WarehouseFixture(SparkSession spark, Path warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public WarehouseFixture community(String code, String established, String dissolved) {
        communities.add(RowFactory.create(code, "社区" + code.substring(9), code.substring(0, 9), "街道" + code.substring(6, 9),
                code.substring(0, 6), "区" + code.substring(4, 6),
                established == null ? null : LocalDate.parse(established), dissolved == null ? null : LocalDate.parse(dissolved)));
        return this;
    }

    public WarehouseFixture community(String code) {
        return community(code, null, null);
    }

    /** Declares a file; the effective one of a key should be declared last. */
    public FileSpec file(String community, String dataset, String period, String submittedAt) {
        FileSpec f = new FileSpec(community, dataset, period, LocalDateTime.parse(submittedAt));
        files.put(f.name, f);
        return f;
    }

    /** The effective file of a key, created (on time) if the test did not declare one. */
    public FileSpec effective(String community, String dataset, String period) {
        for (FileSpec f : files.values()) {
            if (f.community.equals(community) && f.dataset.equals(dataset) && f.period.equals(period) && f.effective) {
                return f;
            }
        }
        YearMonth m = YearMonth.parse(period);
        return file(community, dataset, period, m.plusMonths(1).atDay(5).atTime(9, 0).toString());
    }

    public WarehouseFixture event(String community, String person, String household, String type, String date) {
        LocalDate d = LocalDate.parse(date);
        return eventIn(effective(community, "employment", YearMonth.from(d).toString()), person, household, type, d);
    }

    public WarehouseFixture eventIn(FileSpec file, String person, String household, String type, LocalDate date) {
        count(file);
        employment.add(RowFactory.create(file.name, ++lines, file.community, file.period, file.submittedAt, file.effective,
                "E" + lines, person, household, type, date, null));
        return this;
    }

    public WarehouseFixture population(String community, String period, int resident, int aged18to59) {
        FileSpec file = effective(community, "population", period);
        count(file);
        int young = (resident - aged18to59) / 2;
        int old = resident - aged18to59 - young;
        population.add(RowFactory.create(file.name, 2, file.community, file.period, file.submittedAt, file.effective,
                resident / 3, resident, resident, young, aged18to59, old, 0, 0, 0, 0, 0));
        return this;
    }

    public WarehouseFixture floating(FileSpec file, String record, String province, String registered, String departed,
                                     String housingType, String reason) {
        count(file);
        floating.add(RowFactory.create(file.name, ++lines, file.community, file.period, file.submittedAt, file.effective,
                record, "P" + record, province, LocalDate.parse(registered), departed == null ? null : LocalDate.parse(departed),
                housingType, reason));
        return this;
    }

    public WarehouseFixture input(int year, String community, String indicator, String value) {
        inputs.add(RowFactory.create(year, community, indicator, new BigDecimal(value)));
        return this;
    }

    public WarehouseFixture fundPoints(String community, int year, Integer points) {
        fundPoints.add(RowFactory.create(community, year, points));
        return this;
    }

    public WarehouseFixture housingArea(String code, boolean fringe, boolean ownCommittee, int units, int occupied, String asOf) {
        housing.add(RowFactory.create(code, "小区" + code, code.substring(2, 8), fringe, null, ownCommittee, units, occupied,
                LocalDate.parse(asOf)));
        return this;
    }

    private static void count(FileSpec file) {
        file.rowsRead++;
        file.rowsAccepted++;
    }

    /** Writes every table; {@code fund_anomaly_points} only when the test gave some. */
    public Path write() {
        Tables w = new Tables();
        w.write("ref_communities", spark.createDataFrame(communities, COMMUNITIES), "community_code");
        List<Row> fileRows = new ArrayList<>();
        List<Row> effectiveRows = new ArrayList<>();
        Map<String, FileSpec> firstAccepted = new LinkedHashMap<>();
        for (FileSpec f : files.values()) {
            String key = f.community + "|" + f.dataset + "|" + f.period;
            if (f.ingested) {
                firstAccepted.merge(key, f, (a, b) -> a.submittedAt.isBefore(b.submittedAt) ? a : b);
            }
        }
        for (FileSpec f : files.values()) {
            fileRows.add(RowFactory.create(f.name, f.community, f.dataset, f.period, f.submittedAt,
                    f.ingested ? "ingested" : "rejected", f.ingested ? null : "MISSING_COLUMN", null, "utf-8",
                    f.rowsRead, f.rowsAccepted, f.rowsRead - f.rowsAccepted, f.effective, f.ingested && !f.effective,
                    new String[0]));
            if (f.effective) {
                FileSpec first = firstAccepted.get(f.community + "|" + f.dataset + "|" + f.period);
                YearMonth m = YearMonth.parse(f.period);
                effectiveRows.add(RowFactory.create(f.community, f.dataset, f.period, f.name, f.submittedAt,
                        first.name, first.firstAcceptedAt, ReportingMonths.deadline(m, 10), first.onTime));
            }
        }
        w.write("ingest_files", spark.createDataFrame(fileRows, StagingSchemas.files()), "file_name");
        w.write("submissions_effective", spark.createDataFrame(effectiveRows, StagingSchemas.effectiveSubmissions()),
                "community_code", "dataset", "period");
        w.write("stg_population", spark.createDataFrame(population, StagingSchemas.staging(Dataset.POPULATION)), "source_file");
        w.write("stg_employment", spark.createDataFrame(employment, StagingSchemas.staging(Dataset.EMPLOYMENT)),
                "source_file", "line");
        w.write("stg_floating", spark.createDataFrame(floating, StagingSchemas.staging(Dataset.FLOATING)),
                "source_file", "line");
        w.write("ref_assessment_inputs", spark.createDataFrame(inputs, INPUTS), "year", "community_code", "indicator");
        w.write("ref_housing_areas", spark.createDataFrame(housing, HOUSING), "area_code", "as_of");
        if (!fundPoints.isEmpty()) {
            w.write("fund_anomaly_points", spark.createDataFrame(fundPoints, FUND_POINTS), "community_code");
        }
        return warehouse;
    }

    /** Plain Parquet writes: the fixture needs no deterministic bytes, and one Spark job per table is faster. */
    private final class Tables {
        void write(String table, org.apache.spark.sql.Dataset<Row> rows, String... ignoredSortKeys) {
            rows.coalesce(1).write().mode(org.apache.spark.sql.SaveMode.Overwrite).parquet(warehouse.resolve(table).toString());
        }
    }

    static final StructType COMMUNITIES = new StructType()
            .add("community_code", DataTypes.StringType, false).add("community_name", DataTypes.StringType, false)
            .add("street_code", DataTypes.StringType, false).add("street_name", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false).add("district_name", DataTypes.StringType, false)
            .add("established_on", DataTypes.DateType, true).add("dissolved_on", DataTypes.DateType, true);
    static final StructType INPUTS = new StructType()
            .add("year", DataTypes.IntegerType, false).add("community_code", DataTypes.StringType, false)
            .add("indicator", DataTypes.StringType, false).add("value", DataTypes.createDecimalType(18, 2), false);
    static final StructType HOUSING = new StructType()
            .add("area_code", DataTypes.StringType, false).add("area_name", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false).add("urban_rural_fringe", DataTypes.BooleanType, false)
            .add("served_by_community_code", DataTypes.StringType, true).add("own_committee", DataTypes.BooleanType, false)
            .add("housing_units", DataTypes.IntegerType, false).add("occupied_units", DataTypes.IntegerType, false)
            .add("as_of", DataTypes.DateType, false);
    static final StructType FUND_POINTS = new StructType()
            .add("community_code", DataTypes.StringType, false).add("year", DataTypes.IntegerType, false)
            .add("fund_anomaly_points", DataTypes.IntegerType, true);
}
