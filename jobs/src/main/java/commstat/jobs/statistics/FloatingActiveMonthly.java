package commstat.jobs.statistics;

import commstat.jobs.statistics.RegisterCounts.Count;
import commstat.jobs.statistics.RegisterCounts.RegisterRow;
import commstat.jobs.spark.SortedRuns;
import commstat.jobs.warehouse.TableWriter;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.api.java.function.MapPartitionsFunction;
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
import java.util.Comparator;
import java.util.List;

import static org.apache.spark.sql.functions.col;

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

    /** The order of the table's rows: by community, then month, dimension and category (as the write keeps it). */
    public static final String[] ORDER = {"community_code", "year", "period", "dimension", "category"};

    /**
     * The rows of {@code years}, already in the table's order ({@link #ORDER}): the register is range-partitioned
     * and sorted by community, each community's run counted where it lies, so the partitions can be written as
     * they are ({@link YearTables#replaceYearsInOrder}): no checkpoint, no second shuffle, no sort.
     */
    public Dataset<Row> build(Collection<Integer> years) {
        List<YearMonth> months = ReportingMonths.of(years);
        // Rows made with the schema Parquet reads back (all nullable), so YearTables need not copy them to change it.
        return tables.effective("floating")
                .select("community_code", "record_id", "period", "line", "registered_on", "departed_on", "reason",
                        "housing_type", "origin_province")
                .repartitionByRange(files(tables.read("ref_communities").count(), months.size()), col("community_code"))
                .sortWithinPartitions("community_code")
                .mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new SortedRuns(rows,
                                r -> List.of(r.getString(0)), run -> counted(run, months)),
                        Encoders.row(YearTables.nullable(SCHEMA)));
    }

    /**
     * Files to write: at most {@link TableWriter#ROWS_PER_FILE} rows each if every community of the reference had
     * a resident in each month, reason and housing type and from each of the 34 provinces; fixed before anything
     * is counted (one file up to a city), from the reference and the years alone.
     */
    static int files(long communities, int months) {
        long rows = communities * months * (1 + 5 + 4 + 34);
        return (int) Math.max(1, (rows + TableWriter.ROWS_PER_FILE - 1) / TableWriter.ROWS_PER_FILE);
    }

    /** One community's register rows counted, in the table's order. */
    private static List<Row> counted(List<Row> rows, List<YearMonth> months) {
        String community = rows.get(0).getString(0);
        List<RegisterRow> register = new ArrayList<>();
        for (Row r : rows) {
            register.add(new RegisterRow(r.getString(1), r.getString(2), r.getInt(3), (LocalDate) r.get(4),
                    (LocalDate) r.get(5), r.getString(6), r.getString(7), r.getString(8)));
        }
        List<Count> counts = new ArrayList<>(RegisterCounts.of(register, months));
        counts.sort(Comparator.comparing(Count::month).thenComparing(Count::dimension)
                .thenComparing(Count::category, Comparator.nullsFirst(Comparator.naturalOrder())));
        List<Row> out = new ArrayList<>();
        for (Count c : counts) {
            out.add(RowFactory.create(c.month().getYear(), community, c.month().toString(), c.dimension(), c.category(),
                    c.active()));
        }
        return out;
    }
}
