package commstat.jobs.statistics;

import commstat.jobs.statistics.EmploymentCounts.Event;
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
 * Employment statistics per community and month of each year built (assessment.md, Rules in detail → Employment
 * statistics), from the effective submissions of any period: one row per community with any employment event ×
 * month. The events are grouped by community and each community counted in plain Java ({@link EmploymentCounts}).
 */
public final class EmploymentMonthly {
    public static final String TABLE = "employment_monthly";
    static final StructType SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("community_code", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, false)
            .add("registered_unemployed", DataTypes.IntegerType, false)
            .add("new_registrations", DataTypes.IntegerType, false)
            .add("placements", DataTypes.IntegerType, false)
            .add("open_zero_households", DataTypes.IntegerType, false);

    private final WarehouseTables tables;

    public EmploymentMonthly(WarehouseTables tables) {
        this.tables = tables;
    }

    public Dataset<Row> build(Collection<Integer> years) {
        List<YearMonth> months = ReportingMonths.of(years);
        // Rows made with the schema Parquet reads back (all nullable), so YearTables need not copy them to change it.
        return tables.effective("employment")
                .select("community_code", "event_type", "person_key", "household_id", "event_date")
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (community, rows) -> counted(community, rows, months),
                        Encoders.row(YearTables.nullable(SCHEMA)));
    }

    private static Iterator<Row> counted(String community, Iterator<Row> rows, List<YearMonth> months) {
        List<Event> events = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            events.add(new Event(r.getString(1), r.getString(2), r.getString(3), (LocalDate) r.get(4)));
        }
        List<Row> out = new ArrayList<>(months.size());
        for (EmploymentCounts.Month m : EmploymentCounts.of(events, months)) {
            out.add(RowFactory.create(m.month().getYear(), community, m.month().toString(), m.registeredUnemployed(),
                    m.newRegistrations(), m.placements(), m.openZeroHouseholds()));
        }
        return out.iterator();
    }
}
