package commstat.jobs.statistics.publication;

import commstat.jobs.statistics.WarehouseTables;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.concat;

/**
 * {@code public_statistics} (docs/DATA.md): the public tables of person counts of funds.md, per street and month,
 * after suppression. Rows are the street's communities that exist in the month (by code) and the total row;
 * columns the table's categories and the total column. Built from {@code floating_active_monthly} and
 * {@code population_monthly}; the suppression itself is {@link SuppressedTable} (plain Java), run once per
 * street, month and table on the executors. No exact count leaves this class except as {@code value_shown}.
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
        Dataset<Row> population = tables.read("population_monthly").where(col("year").isin(years.toArray()));
        Dataset<Row> floating = tables.read("floating_active_monthly").where(col("year").isin(years.toArray()));
        Dataset<Row> months = population.select("year", "period").union(floating.select("year", "period")).distinct();
        Column monthStart = to_date(concat(col("period"), lit("-01")));
        Dataset<Row> communityMonths = tables.read("ref_communities")
                .crossJoin(broadcast(months))
                .where(col("established_on").isNull().or(col("established_on").leq(last_day(monthStart)))
                        .and(col("dissolved_on").isNull().or(col("dissolved_on").geq(monthStart))))
                .select("year", "period", "district_code", "street_code", "street_name", "community_code", "community_name");

        Dataset<Row> categories = spark.createDataFrame(fixedCategories(), new StructType()
                .add("table_name", DataTypes.StringType, false).add("dimension", DataTypes.StringType, false)
                .add("column_key", DataTypes.StringType, false).add("column_label", DataTypes.StringType, false)
                .add("column_order", DataTypes.IntegerType, false));
        Dataset<Row> fixed = communityMonths.crossJoin(broadcast(categories))
                .join(floating.select(col("community_code"), col("period"), col("dimension"), col("category").as("column_key"),
                        col("active")), new String[] {"community_code", "period", "dimension", "column_key"}, "left")
                .select(cellColumns(coalesce(col("active"), lit(0)).cast("long")));

        Dataset<Row> provinces = floating.where(col("dimension").equalTo("origin_province").and(col("active").gt(0)))
                .join(communityMonths.select("community_code", "period", "street_code"), new String[] {"community_code", "period"})
                .select(col("street_code"), col("period"), col("category").as("column_key")).distinct();
        Dataset<Row> byProvince = communityMonths.join(provinces, new String[] {"street_code", "period"})
                .join(floating.where(col("dimension").equalTo("origin_province"))
                        .select(col("community_code"), col("period"), col("category").as("column_key"), col("active")),
                        new String[] {"community_code", "period", "column_key"}, "left")
                .withColumn("table_name", lit("floating_by_origin_province"))
                .withColumn("column_label", col("column_key"))
                .withColumn("column_order", col("column_key").cast("int"))
                .select(cellColumns(coalesce(col("active"), lit(0)).cast("long")));

        Dataset<Row> popCells = null;
        int order = 0;
        for (String[] f : POPULATION_FIGURES) {
            Dataset<Row> one = communityMonths.join(population.select(col("community_code"), col("period"), col(f[0]).as("value")),
                            new String[] {"community_code", "period"}, "left")
                    .withColumn("table_name", lit("population_figures"))
                    .withColumn("column_key", lit(f[0]))
                    .withColumn("column_label", lit(f[1]))
                    .withColumn("column_order", lit(order++))
                    .select(cellColumns(col("value").cast("long"))); // null: not reported
            popCells = popCells == null ? one : popCells.unionByName(one);
        }

        Dataset<Row> cells = fixed.unionByName(byProvince).unionByName(popCells);
        return cells.groupByKey((MapFunction<Row, String>) r -> r.getAs("street_code") + "|" + r.getAs("period") + "|"
                        + r.getAs("table_name"), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, rows) -> suppress(rows), Encoders.row(CELLS));
    }

    private static Column[] cellColumns(Column value) {
        return new Column[] {col("year"), col("period"), col("district_code"), col("street_code"), col("street_name"),
                col("table_name"), col("community_code"), col("community_name"), col("column_key"), col("column_label"),
                col("column_order"), value.as("value")};
    }

    /** One street, month and table: the counts in a grid (communities by code, columns by order), suppressed. */
    static Iterator<Row> suppress(Iterator<Row> rows) {
        TreeMap<String, String> communities = new TreeMap<>();
        TreeMap<Integer, String[]> columns = new TreeMap<>();
        Map<String, Long> values = new java.util.HashMap<>();
        Row first = null;
        while (rows.hasNext()) {
            Row r = rows.next();
            first = first == null ? r : first;
            String community = r.getAs("community_code");
            communities.put(community, r.getAs("community_name"));
            columns.putIfAbsent(r.getAs("column_order"), new String[] {r.getAs("column_key"), r.getAs("column_label")});
            values.put(community + "|" + r.getAs("column_key"), r.getAs("value"));
        }
        List<String> rowKeys = new ArrayList<>(communities.keySet());
        List<String[]> columnKeys = new ArrayList<>(columns.values());
        Long[][] counts = new Long[rowKeys.size()][columnKeys.size()];
        for (int i = 0; i < rowKeys.size(); i++) {
            for (int j = 0; j < columnKeys.size(); j++) {
                counts[i][j] = values.get(rowKeys.get(i) + "|" + columnKeys.get(j)[0]);
            }
        }
        SuppressedTable t = SuppressedTable.of(counts);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i <= rowKeys.size(); i++) {
            boolean totalRow = i == rowKeys.size();
            for (int j = 0; j <= columnKeys.size(); j++) {
                boolean totalColumn = j == columnKeys.size();
                out.add(RowFactory.create(first.getAs("year"), first.getAs("period"), first.getAs("district_code"),
                        first.getAs("street_code"), first.getAs("street_name"), first.getAs("table_name"), i,
                        totalRow ? TOTAL : rowKeys.get(i), totalRow ? TOTAL_LABEL : communities.get(rowKeys.get(i)), j,
                        totalColumn ? TOTAL : columnKeys.get(j)[0], totalColumn ? TOTAL_LABEL : columnKeys.get(j)[1],
                        t.shown(i, j), t.mark(i, j).name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return out.iterator();
    }

    static final String[][] REASONS = {{"WORK", "务工"}, {"BUSINESS", "经商"}, {"STUDY", "就学"}, {"FAMILY", "随迁"},
            {"OTHER", "其他"}};
    static final String[][] HOUSING_TYPES = {{"RENTAL", "租赁"}, {"EMPLOYER", "单位宿舍"}, {"RELATIVE", "投亲靠友"},
            {"OTHER", "其他"}};
    static final String[][] POPULATION_FIGURES = {{"disabled_persons", "残疾人"}, {"low_income_households", "低保户"},
            {"elderly_living_alone", "独居老人"}};

    private static List<Row> fixedCategories() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < REASONS.length; i++) {
            rows.add(RowFactory.create("floating_by_reason", "reason", REASONS[i][0], REASONS[i][1], i));
        }
        for (int i = 0; i < HOUSING_TYPES.length; i++) {
            rows.add(RowFactory.create("floating_by_housing_type", "housing_type", HOUSING_TYPES[i][0], HOUSING_TYPES[i][1], i));
        }
        return rows;
    }
}
