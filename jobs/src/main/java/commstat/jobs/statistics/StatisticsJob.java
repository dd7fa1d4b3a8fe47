package commstat.jobs.statistics;

import commstat.jobs.statistics.publication.PublicStatistics;
import commstat.jobs.warehouse.ConcurrentWrites;
import commstat.jobs.warehouse.TableWriter;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The yearly and monthly statistics of assessment.md (Other yearly and monthly outputs) as warehouse marts:
 * the reporting grid and rates, employment, population and floating-resident figures per month, Art. 14 alerts.
 */
public final class StatisticsJob {
    private final WarehouseTables tables;
    private final YearTables writer;
    private final Art14Thresholds art14;
    private final int deadlineDay;

    public StatisticsJob(SparkSession spark, Path warehouse, Art14Thresholds art14, int deadlineDay) {
        this.tables = new WarehouseTables(spark, warehouse);
        this.writer = new YearTables(warehouse);
        this.art14 = art14;
        this.deadlineDay = deadlineDay;
    }

    /** As {@link #run(List, LocalDateTime)} for one year. */
    public Map<String, Long> run(int year, LocalDateTime now) {
        return run(List.of(year), now);
    }

    /**
     * Computes the marts of every year in {@code years} at once and replaces those years in each table: one Spark
     * plan and one write per table however many years (a nightly builds two), instead of one per year.
     *
     * @param now the run time: months whose deadline is after it are not yet due
     * @return rows written per table (all years the table holds), in the order written
     */
    public Map<String, Long> run(List<Integer> years, LocalDateTime now) {
        return run(years, now, Parts.NONE);
    }

    /**
     * How a table's write that depends on few inputs is run: the nightly may take such a table over from the previous
     * snapshot when those inputs did not change, even though others of the stage did.
     */
    @FunctionalInterface
    public interface Parts {
        Parts NONE = (table, write) -> write.call();

        long run(String table, Callable<Long> write) throws Exception;
    }

    /**
     * As {@link #run(List, LocalDateTime)}; the tables that only the population and floating rows and the reference
     * feed (the population and floating marts, and the public tables made from them) are written through
     * {@code parts}, so a night of employment or funds files keeps them.
     */
    public Map<String, Long> run(List<Integer> years, LocalDateTime now, Parts parts) {
        Dataset<Row> grid = new ReportingGrid(tables).build(years, now, deadlineDay).localCheckpoint();
        // Independent marts are written at once (ConcurrentWrites); the public tables come after.
        Map<String, Callable<Long>> writes = new LinkedHashMap<>();
        writes.put(ReportingGrid.TABLE, () -> writer.replaceYears(ReportingGrid.TABLE, years, grid,
                "year", "community_code", "dataset", "period"));
        writes.put(ReportingRates.TABLE, () -> writer.replaceYears(ReportingRates.TABLE, years,
                ReportingRates.build(grid), "year", "level", "unit_code", "dataset", "period"));
        writes.put(EmploymentMonthly.TABLE, () -> writer.replaceYears(EmploymentMonthly.TABLE, years,
                new EmploymentMonthly(tables).build(years), "year", "community_code", "period"));
        writes.put(PopulationMonthly.TABLE, () -> parts.run(PopulationMonthly.TABLE,
                () -> writer.replaceYears(PopulationMonthly.TABLE, years,
                        new PopulationMonthly(tables).build(years), "year", "community_code", "period")));
        writes.put(FloatingActiveMonthly.TABLE, () -> parts.run(FloatingActiveMonthly.TABLE,
                () -> writer.replaceYearsInOrder(FloatingActiveMonthly.TABLE, years,
                        new FloatingActiveMonthly(tables).build(years), FloatingActiveMonthly.ORDER)));
        // Art. 14 is a snapshot of the reference file, not a yearly figure: the table is replaced whole.
        writes.put(Art14Alerts.TABLE, () -> new TableWriter(tables.warehouse())
                .write(Art14Alerts.TABLE, new Art14Alerts(tables, art14).build(), "area_code"));
        Map<String, Long> written = ConcurrentWrites.run(writes);
        // Public tables read two of the marts just written (suppression: funds.md, last section).
        long art14Rows = written.remove(Art14Alerts.TABLE);
        // A part as well (its failure reported as the others' are): it reads only the population and floating marts.
        written.putAll(ConcurrentWrites.run(Map.of(PublicStatistics.TABLE, () -> parts.run(PublicStatistics.TABLE,
                () -> writer.replaceYearsInOrder(PublicStatistics.TABLE, years, new PublicStatistics(tables).build(years),
                        "year", "street_code", "period", "table_name", "row_order", "column_order")))));
        written.put(Art14Alerts.TABLE, art14Rows);
        return written;
    }
}
