package commstat.jobs.statistics;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Population per community and month of Y: the figures of that month's effective population submission; a
 * month without one is empty (nulls), never carried forward. One row per community of communities.csv × month of each year built.
 */
public final class PopulationMonthly {
    public static final String TABLE = "population_monthly";
    public static final List<String> FIGURES = List.of("households", "registered_residents", "resident_population",
            "aged_0_17", "aged_18_59", "aged_60_plus", "births", "deaths", "disabled_persons",
            "low_income_households", "elderly_living_alone");

    private final WarehouseTables tables;

    public PopulationMonthly(WarehouseTables tables) {
        this.tables = tables;
    }

    public Dataset<Row> build(Collection<Integer> years) {
        Dataset<Row> months = ReportingMonths.table(tables.spark(), years, 10).select("year", "period");
        List<Column> figures = new ArrayList<>();
        for (String f : FIGURES) {
            figures.add(col(f));
        }
        Dataset<Row> withFigures = tables.effective("population").select(concat(
                List.of(col("community_code"), col("period"), col("source_file"), col("submitted_at")), figures));
        List<Column> out = new ArrayList<>(List.of(col("year"), col("community_code"), col("period"),
                col("source_file").isNotNull().as("is_reported"), col("source_file"), col("submitted_at")));
        out.addAll(figures);
        return tables.read("ref_communities").select("community_code").crossJoin(months)
                .join(withFigures, new String[]{"community_code", "period"}, "left")
                .select(out.toArray(Column[]::new));
    }

    private static Column[] concat(List<Column> a, List<Column> b) {
        List<Column> all = new ArrayList<>(a);
        all.addAll(b);
        return all.toArray(Column[]::new);
    }
}
