package commstat.jobs.statistics.publication;

import commstat.jobs.TestSpark;
import commstat.jobs.statistics.WarehouseTables;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Street 371901001 has 甲社区 (C1) and 乙社区 (C2); street 371901002 has 丙社区 (C3) with no floating residents.
 * January 2025. Each expected table was worked out by hand from the rule (see {@link SuppressedTableTest}).
 */
class PublicStatisticsTest {
    static final String C1 = "371901001001";
    static final String C2 = "371901001002";
    static final String C3 = "371901002001";

    @TempDir
    static Path warehouse;
    static List<Row> cells;
    static List<Row> asBuilt;

    @BeforeAll
    static void build() {
        SparkSession spark = TestSpark.session();
        spark.createDataFrame(List.of(
                community(C1, "甲社区"), community(C2, "乙社区"), community(C3, "丙社区")), new StructType()
                .add("community_code", DataTypes.StringType).add("community_name", DataTypes.StringType)
                .add("street_code", DataTypes.StringType).add("street_name", DataTypes.StringType)
                .add("district_code", DataTypes.StringType).add("district_name", DataTypes.StringType)
                .add("established_on", DataTypes.DateType).add("dissolved_on", DataTypes.DateType))
                .write().parquet(warehouse.resolve("ref_communities").toString());
        List<Row> floating = new ArrayList<>();
        floating.add(active(C1, "total", "ALL", 15));
        floating.add(active(C1, "reason", "WORK", 3));
        floating.add(active(C1, "reason", "BUSINESS", 12));
        floating.add(active(C1, "housing_type", "RENTAL", 15));
        floating.add(active(C1, "origin_province", "37", 13));
        floating.add(active(C1, "origin_province", "11", 2));
        floating.add(active(C2, "total", "ALL", 20));
        floating.add(active(C2, "reason", "WORK", 10));
        floating.add(active(C2, "reason", "FAMILY", 10));
        floating.add(active(C2, "housing_type", "RENTAL", 8));
        floating.add(active(C2, "housing_type", "EMPLOYER", 12));
        floating.add(active(C2, "origin_province", "37", 20));
        floating.add(active(C3, "total", "ALL", 0));
        spark.createDataFrame(floating, new StructType().add("year", DataTypes.IntegerType)
                .add("community_code", DataTypes.StringType).add("period", DataTypes.StringType)
                .add("dimension", DataTypes.StringType).add("category", DataTypes.StringType)
                .add("active", DataTypes.IntegerType)).write().parquet(warehouse.resolve("floating_active_monthly").toString());
        spark.createDataFrame(List.of(
                        RowFactory.create(2025, C1, "2025-01", true, 3, 7, 0),
                        RowFactory.create(2025, C2, "2025-01", false, null, null, null),
                        RowFactory.create(2025, C3, "2025-01", true, 0, 5, 6)),
                new StructType().add("year", DataTypes.IntegerType).add("community_code", DataTypes.StringType)
                        .add("period", DataTypes.StringType).add("is_reported", DataTypes.BooleanType)
                        .add("disabled_persons", DataTypes.IntegerType).add("low_income_households", DataTypes.IntegerType)
                        .add("elderly_living_alone", DataTypes.IntegerType))
                .write().parquet(warehouse.resolve("population_monthly").toString());
        asBuilt = new PublicStatistics(new WarehouseTables(spark, warehouse)).build(List.of(2025)).collectAsList();
        cells = new PublicStatistics(new WarehouseTables(spark, warehouse)).build(List.of(2025))
                .orderBy("street_code", "table_name", "row_order", "column_order").collectAsList();
    }

    @Test
    void byReasonTheCascadeReachesTheTotalRow() {
        assertThat(table("371901001", "floating_by_reason")).isEqualTo("""
                columns: 务工 经商 就学 随迁 其他 合计
                甲社区: <5 x 0 0 0 15
                乙社区: x 0 0 x 0 20
                合计: 13 x 0 x 0 35
                """);
    }

    @Test
    void byProvinceTheColumnsAreTheStreetsProvincesInCodeOrder() {
        assertThat(table("371901001", "floating_by_origin_province")).isEqualTo("""
                columns: 11 37 合计
                甲社区: <5 x 15
                乙社区: 0 20 20
                合计: <5 x 35
                """);
    }

    @Test
    void byHousingTypeNothingNeedsSuppressing() {
        assertThat(table("371901001", "floating_by_housing_type")).isEqualTo("""
                columns: 租赁 单位宿舍 投亲靠友 其他 合计
                甲社区: 15 0 0 0 15
                乙社区: 8 12 0 0 20
                合计: 23 12 0 0 35
                """);
    }

    @Test
    void populationFiguresNotReportedAreADashAndCountZero() {
        assertThat(table("371901001", "population_figures")).isEqualTo("""
                columns: 残疾人 低保户 独居老人 合计
                甲社区: <5 x 0 10
                乙社区: - - - 0
                合计: <5 x 0 10
                """);
        assertThat(table("371901002", "population_figures")).isEqualTo("""
                columns: 残疾人 低保户 独居老人 合计
                丙社区: 0 5 6 11
                合计: 0 5 6 11
                """);
    }

    @Test
    void aStreetWithoutFloatingResidentsStillHasItsTableOfZeros() {
        assertThat(table("371901002", "floating_by_reason")).isEqualTo("""
                columns: 务工 经商 就学 随迁 其他 合计
                丙社区: 0 0 0 0 0 0
                合计: 0 0 0 0 0 0
                """);
        assertThat(table("371901002", "floating_by_origin_province")).isEmpty();
    }

    @Test
    void noPublishedCellIsFromOneToFour() {
        assertThat(cells).isNotEmpty().allSatisfy(r -> assertThat((String) r.getAs("value_shown")).doesNotMatch("[1-4]"));
        assertThat(cells.get(0).schema().fieldNames()).doesNotContain("value", "active", "count");
    }

    @Test
    void theCellsComeInTheTablesOrderSoTheyAreWrittenWithoutASort() {
        assertThat(asBuilt).hasSize(cells.size()).isEqualTo(cells);
    }

    @Test
    void aFileForEveryTwoMillionCellsOfTheFixedTablesCountedFromTheReference() {
        // One street, n communities existing all year: (n + 1) rows × (6 + 5 + 4) columns × 12 months.
        assertThat(PublicStatistics.files(index(1), List.of(2025))).isEqualTo(1);
        assertThat(PublicStatistics.files(index(11_110), List.of(2025))).as("1,999,980 cells").isEqualTo(1);
        assertThat(PublicStatistics.files(index(11_112), List.of(2025))).as("2,000,340 cells").isEqualTo(2);
        assertThat(PublicStatistics.files(index(11_112), List.of(2025, 2026))).isEqualTo(3);
        StreetCommunity dissolved = new StreetCommunity("371901001001", "甲社区", "371901001", "街道", "371901",
                LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1));
        assertThat(PublicStatistics.files(new StreetCommunity.Index(Map.of(dissolved.code(), dissolved),
                Map.of(dissolved.streetCode(), List.of(dissolved))), List.of(2025))).as("no cells, still a file").isEqualTo(1);
    }

    private static StreetCommunity.Index index(int communities) {
        List<StreetCommunity> street = new ArrayList<>();
        for (int i = 0; i < communities; i++) {
            street.add(new StreetCommunity(String.format("371901001%06d", i), "社区" + i, "371901001", "街道", "371901",
                    null, null));
        }
        return new StreetCommunity.Index(Map.of(), Map.of("371901001", street));
    }

    private static String table(String street, String name) {
        Map<Integer, List<String>> rows = new TreeMap<>();
        List<String> header = new ArrayList<>();
        for (Row r : cells) {
            if (!street.equals(r.getAs("street_code")) || !name.equals(r.getAs("table_name"))) {
                continue;
            }
            int row = r.getAs("row_order");
            if (row == 0) {
                header.add(r.getAs("column_label"));
            }
            rows.computeIfAbsent(row, k -> new ArrayList<>(List.of(r.getAs("row_label") + ":"))).add(r.getAs("value_shown"));
        }
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("columns: " + String.join(" ", header) + "\n");
        rows.values().forEach(l -> b.append(String.join(" ", l)).append('\n'));
        return b.toString();
    }

    private static Row community(String code, String name) {
        return RowFactory.create(code, name, code.substring(0, 9), "街道" + code.substring(8, 9), "371901", "金坛区",
                LocalDate.of(2000, 1, 1), null);
    }

    private static Row active(String community, String dimension, String category, int n) {
        return RowFactory.create(2025, community, "2025-01", dimension, category, n);
    }
}
