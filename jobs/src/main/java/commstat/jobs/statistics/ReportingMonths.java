package commstat.jobs.statistics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The twelve months of each given year as a small table ({@code year}, {@code period}, {@code month_start},
 * {@code month_end}, {@code deadline}), to cross-join with per-community data. The deadline is the given day of the next
 * month, 23:59:59 local time, as the ingest's deadline policy (contract.md).
 */
public final class ReportingMonths {
    public static final StructType SCHEMA = new StructType()
            .add("year", DataTypes.IntegerType, false)
            .add("period", DataTypes.StringType, false)
            .add("month_start", DataTypes.DateType, false)
            .add("month_end", DataTypes.DateType, false)
            .add("deadline", DataTypes.TimestampNTZType, false);

    private ReportingMonths() {
    }

    public static List<YearMonth> of(int year) {
        List<YearMonth> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(YearMonth.of(year, m));
        }
        return months;
    }

    /** The months of every year in {@code years}, ascending (each year once). */
    public static List<YearMonth> of(Collection<Integer> years) {
        List<YearMonth> months = new ArrayList<>();
        years.stream().sorted().distinct().forEach(y -> months.addAll(of(y)));
        return months;
    }

    public static LocalDateTime deadline(YearMonth month, int deadlineDay) {
        YearMonth next = month.plusMonths(1);
        return next.atDay(Math.min(deadlineDay, next.lengthOfMonth())).atTime(23, 59, 59);
    }

    public static Dataset<Row> table(SparkSession spark, Collection<Integer> years, int deadlineDay) {
        List<Row> rows = new ArrayList<>();
        for (int year : years) {
            for (YearMonth m : of(year)) {
                LocalDate start = m.atDay(1);
                rows.add(RowFactory.create(year, m.toString(), start, m.atEndOfMonth(), deadline(m, deadlineDay)));
            }
        }
        return spark.createDataFrame(rows, SCHEMA);
    }
}
