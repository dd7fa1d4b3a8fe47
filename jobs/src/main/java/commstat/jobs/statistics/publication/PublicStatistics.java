package commstat.jobs.statistics.publication;

import commstat.jobs.statistics.WarehouseTables;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Collection;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * {@code public_statistics} (docs/DATA.md): the public tables of person counts of funds.md, per street and month,
 * after suppression. Rows are the street's communities that exist in the month (by code) and the total row;
 * columns the table's categories and the total column. Built from {@code floating_active_monthly} and
 * {@code population_monthly}, grouped per street and month on the executors; each group's tables are laid out
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

    public Dataset<Row> build(Collection<Integer> years) {
        SparkSession spark = tables.spark();
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
        Broadcast<StreetCommunity.Index> communities = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(StreetCommunity.Index.of(tables.read("ref_communities")));
        // Rows made with the schema Parquet reads back (all nullable), so YearTables need not copy them to change it.
        // Keyed year|street|period: Spark sorts the groups by key, so each partition comes out in the table's own
        // order (year, street_code, period, then the cells' order) and the write's sort only merges sorted runs.
        return values.groupByKey((MapFunction<Row, String>) r -> r.getInt(0) + "|"
                        + communities.value().streetOf(r.getString(2)) + "|" + r.getString(1), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) ->
                        StreetMonth.of(rows, communities.value()).cells().iterator(), Encoders.row(YearTables.nullable(CELLS)));
    }

    static final String[][] REASONS = {{"WORK", "务工"}, {"BUSINESS", "经商"}, {"STUDY", "就学"}, {"FAMILY", "随迁"},
            {"OTHER", "其他"}};
    static final String[][] HOUSING_TYPES = {{"RENTAL", "租赁"}, {"EMPLOYER", "单位宿舍"}, {"RELATIVE", "投亲靠友"},
            {"OTHER", "其他"}};
    static final String[][] POPULATION_FIGURES = {{"disabled_persons", "残疾人"}, {"low_income_households", "低保户"},
            {"elderly_living_alone", "独居老人"}};
}
