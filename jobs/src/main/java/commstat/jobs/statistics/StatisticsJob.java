package commstat.jobs.statistics;

import commstat.jobs.statistics.publication.PublicStatistics;
import commstat.jobs.warehouse.YearTables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * @param now the run time: months whose deadline is after it are not yet due
     * @return rows written per table, in the order written
     */
    public Map<String, Long> run(int year, LocalDateTime now) {
        Map<String, Long> written = new LinkedHashMap<>();
        Dataset<Row> grid = new ReportingGrid(tables).build(year, now, deadlineDay).localCheckpoint();
        written.put(ReportingGrid.TABLE, writer.replaceYear(ReportingGrid.TABLE, year, grid,
                "year", "community_code", "dataset", "period"));
        written.put(ReportingRates.TABLE, writer.replaceYear(ReportingRates.TABLE, year, ReportingRates.build(grid),
                "year", "level", "unit_code", "dataset", "period"));
        written.put(EmploymentMonthly.TABLE, writer.replaceYear(EmploymentMonthly.TABLE, year,
                new EmploymentMonthly(tables).build(year), "year", "community_code", "period"));
        written.put(PopulationMonthly.TABLE, writer.replaceYear(PopulationMonthly.TABLE, year,
                new PopulationMonthly(tables).build(year), "year", "community_code", "period"));
        written.put(FloatingActiveMonthly.TABLE, writer.replaceYear(FloatingActiveMonthly.TABLE, year,
                new FloatingActiveMonthly(tables).build(year), "year", "community_code", "period", "dimension", "category"));
        // Public tables read the two marts just written (suppression: funds.md, last section).
        written.put(PublicStatistics.TABLE, writer.replaceYear(PublicStatistics.TABLE, year,
                new PublicStatistics(tables).build(year), "year", "street_code", "period", "table_name", "row_order",
                "column_order"));
        // Art. 14 is a snapshot of the reference file, not a yearly figure: the table is replaced whole.
        written.put(Art14Alerts.TABLE, new commstat.jobs.warehouse.TableWriter(tables.warehouse())
                .write(Art14Alerts.TABLE, new Art14Alerts(tables, art14).build(), "area_code"));
        return written;
    }
}
