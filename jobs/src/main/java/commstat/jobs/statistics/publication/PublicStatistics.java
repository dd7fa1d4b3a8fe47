package commstat.jobs.statistics.publication;

import commstat.jobs.spark.SortedRuns;
import commstat.jobs.statistics.WarehouseTables;
import commstat.jobs.warehouse.TableWriter;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * {@code public_statistics} (docs/DATA.md): the public tables of person counts of funds.md, per street and month,
 * after suppression. Rows are the street's communities that exist in the month (by code) and the total row;
 * columns the table's categories and the total column. Built from {@code floating_active_monthly} and
 * {@code population_monthly}, sorted per street and month on the executors; each street-month's tables are laid out
 * ({@link StreetMonth}) and suppressed ({@link SuppressedTable}) in plain Java. No exact count leaves this class except as {@code value_shown}.
 */
public final class PublicStatistics {
    public static final String TABLE = "public_statistics";
    public static final String TOTAL = "TOTAL";
    public static final String TOTAL_LABEL = "合计";
    static final StructType CELLS = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("period", DataTypes.StringType, false)
            .add("district_code", DataTypes.StringType, false)
            .add("street_code", DataTypes.StringType, false)
            .add("street_name", DataTypes.StringType, true)
            .add("table_name", DataTypes.StringType, false)
            .add("row_order", DataTypes.IntegerType, false)
            .add("row_key", DataTypes.StringType, false)
            .add("row_label", DataTypes.StringType, true)
            .add("column_order", DataTypes.IntegerType, false)
            .add("column_key", DataTypes.StringType, false)
            .add("column_label", DataTypes.StringType, false)
            .add("value_shown", DataTypes.StringType, false)
            .add("suppression", DataTypes.StringType, false);

    private final WarehouseTables tables;

    public PublicStatistics(WarehouseTables tables) {
        this.tables = tables;
    }

    /**
     * The table's rows of {@code years}, already in its order: range-partitioned on (year, street, month), each
     * partition in the table's order (street-month, then table, row, column), so it can be written as it is
     * ({@link YearTables#replaceYearsInOrder}): no checkpoint, no second shuffle, no sort of the cells.
     */
    public Dataset<Row> build(Collection<Integer> years) {
        Object[] ys = years.toArray();
        // population_monthly has a row for every community of the reference and month, so every street and month
        // has a group; floating_active_monthly adds the counts (its total rows are not published).
        Dataset<Row> values = tables.read("population_monthly").where(col("year").isin(ys))
                .select(col("year"), col("period"), col("community_code"), lit(StreetMonth.POPULATION).as("dimension"),
                        lit(null).cast("string").as("category"), lit(null).cast("long").as("value"),
                        col(POPULATION_FIGURES[0][0]).cast("long").as("figure0"),
                        col(POPULATION_FIGURES[1][0]).cast("long").as("figure1"),
                        col(POPULATION_FIGURES[2][0]).cast("long").as("figure2"))
                .unionByName(tables.read("floating_active_monthly")
                        .where(col("year").isin(ys).and(col("dimension").notEqual("total")))
                        .select(col("year"), col("period"), col("community_code"), col("dimension"), col("category"),
                                col("active").cast("long").as("value"), lit(null).cast("long").as("figure0"),
                                lit(null).cast("long").as("figure1"), lit(null).cast("long").as("figure2")));
        Dataset<Row> refCommunities = tables.read("ref_communities");
        StreetCommunity.Index index = StreetCommunity.Index.of(refCommunities);
        Broadcast<StreetCommunity.Index> communities = JavaSparkContext.fromSparkContext(tables.spark().sparkContext())
                .broadcast(index);
        // A community not in the reference has street "" and, like a street with no community that month, no cells.
        Dataset<Row> byStreetMonth = values.join(broadcast(refCommunities.select("community_code", "street_code")),
                        values.col("community_code").equalTo(refCommunities.col("community_code")), "left")
                .select(values.col("*"), coalesce(refCommunities.col("street_code"), lit("")).as("street_code"))
                .repartitionByRange(files(index, years), col("year"), col("street_code"), col("period"))
                .sortWithinPartitions("year", "street_code", "period");
        // Rows made with the schema Parquet reads back (all nullable), so YearTables need not copy them to change it.
        // Each run of one street-month (street last in each row) becomes its cells, in the table's order.
        return byStreetMonth.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new SortedRuns(rows,
                        r -> Arrays.asList(r.get(0), r.get(1), r.get(9)),
                        run -> StreetMonth.of(run.iterator(), communities.value()).cells()),
                Encoders.row(YearTables.nullable(CELLS)));
    }

    /**
     * Files to write: the cells of the tables whose columns are fixed, counted on the driver from the reference,
     * {@link TableWriter#ROWS_PER_FILE} a file (one up to a city's scale). The province tables' columns are known only
     * once grouped, so a file holds more; the count depends on the reference and the years alone. (Smaller files
     * would build a city's cells on more cores, but a range partitioning of several files has bounds sampled from
     * its input, whose splits follow the number of cores: one file keeps the bytes the same on any machine.)
     */
    static int files(StreetCommunity.Index index, Collection<Integer> years) {
        int fixedColumns = REASONS.length + 1 + HOUSING_TYPES.length + 1 + POPULATION_FIGURES.length + 1;
        long cells = 0;
        for (int year : years) {
            for (int m = 1; m <= 12; m++) {
                YearMonth month = YearMonth.of(year, m);
                for (List<StreetCommunity> street : index.byStreet().values()) {
                    long existing = street.stream().filter(c -> c.existsIn(month)).count();
                    cells += existing == 0 ? 0 : (existing + 1) * fixedColumns;
                }
            }
        }
        return (int) Math.max(1, (cells + TableWriter.ROWS_PER_FILE - 1) / TableWriter.ROWS_PER_FILE);
    }

    static final String[][] REASONS = {{"WORK", "务工"}, {"BUSINESS", "经商"}, {"STUDY", "就学"}, {"FAMILY", "随迁"},
            {"OTHER", "其他"}};
    static final String[][] HOUSING_TYPES = {{"RENTAL", "租赁"}, {"EMPLOYER", "单位宿舍"}, {"RELATIVE", "投亲靠友"},
            {"OTHER", "其他"}};
    static final String[][] POPULATION_FIGURES = {{"disabled_persons", "残疾人"}, {"low_income_households", "低保户"},
            {"elderly_living_alone", "独居老人"}};
}
