package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import commstat.reports.charts.ReportingHeatmap.Cell;
import commstat.reports.charts.ReportingHeatmap.Status;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.HeatMapChart;

class ReportingHeatmapTest {

    @Test
    void oneCellPerCommunityAndMonthValuedByStatus() throws Exception {
        HeatMapChart chart = ReportingHeatmap.build("报送情况 2025", List.of(
                new Cell("和平里社区", "2025-01", Status.ON_TIME),
                new Cell("和平里社区", "2025-02", Status.LATE),
                new Cell("东湖社区", "2025-01", Status.MISSING),
                new Cell("东湖社区", "2025-02", Status.NOT_DUE)), 800, 300);

        var series = chart.getSeries(ReportingHeatmap.SERIES);
        assertThat(ChartChecks.seriesNames(chart)).containsExactly(ReportingHeatmap.SERIES);
        assertThat(ChartChecks.strings(series.getXData())).containsExactly("2025-01", "2025-02");
        assertThat(ChartChecks.strings(series.getYData())).containsExactly("和平里社区", "东湖社区");
        assertThat(series.getHeatData()).hasSize(4);
        assertThat(series.getHeatData().get(2)).containsExactly(0, 1, Status.MISSING.ordinal());
        ChartChecks.isValidPngAndSvg(chart);
        String svg = new String(ChartImages.svg(chart), java.nio.charset.StandardCharsets.UTF_8);
        for (Status status : Status.values()) {
            assertThat(svg).as("a %s cell", status).contains(ChartChecks.rgb(status.color));
        }
    }
}
