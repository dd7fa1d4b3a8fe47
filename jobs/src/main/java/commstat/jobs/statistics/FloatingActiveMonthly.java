package commstat.jobs.statistics;

import commstat.jobs.statistics.RegisterCounts.Count;
import commstat.jobs.statistics.RegisterCounts.RegisterRow;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Floating residents active at each month end of each year built (assessment.md, Rules in detail → Floating
 * register). As of month m, only effective submissions of periods up to m count (a later file never changes a
 * past month); a record's latest row (later period, then later line) is its state. Long format: one row per
 * community with any register row, month and category, with {@code dimension} {@code total} (category
 * {@code ALL}, always present, possibly 0), {@code reason}, {@code housing_type} or {@code origin_province} (only
 * counts above 0). The register is grouped by community and each community counted in plain Java
 * ({@link RegisterCounts}).
 */
public final class FloatingActiveMonthly {
    public static final String TABLE = "floating_active_monthly";
    static final StructType SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, false)
            .add("dimension", DataTypes.StringType, false)
            .add("category", DataTypes.StringType, true)
            .add("active", DataTypes.IntegerType, false);

    private final WarehouseTables tables;

    public FloatingActiveMonthly(WarehouseTables tables) {
        this.tables = tables;
    }

    public Dataset<Row> build(Collection<Integer> years) {
        List<YearMonth> months = ReportingMonths.of(years);
        // Rows made with the schema Parquet reads back (all nullable), so YearTables need not copy them to change it.
        return tables.effective("floating")
                .select("community_code", "record_id", "period", "line", "registered_on", "departed_on", "reason",
                        "housing_type", "origin_province")
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (community, rows) -> counted(community, rows, months),
                        Encoders.row(YearTables.nullable(SCHEMA)));
    }

    private static Iterator<Row> counted(String community, Iterator<Row> rows, List<YearMonth> months) {
        List<RegisterRow> register = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            register.add(new RegisterRow(r.getString(1), r.getString(2), r.getInt(3), (LocalDate) r.get(4),
                    (LocalDate) r.get(5), r.getString(6), r.getString(7), r.getString(8)));
        }
        List<Row> out = new ArrayList<>();
        for (Count c : RegisterCounts.of(register, months)) {
            out.add(RowFactory.create(c.month().getYear(), community, c.month().toString(), c.dimension(), c.category(),
                    c.active()));
        }
        return out.iterator();
    }
}
