package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class TrendChartTest {

    @Test
    void threeLinesOneValuePerMonthAndGapsStayGaps() throws Exception {
        CategoryChart chart = TrendChart.build("和平里社区 月度趋势", List.of(
                new TrendChart.Month("2025-01", 5230, 41, 310),
                new TrendChart.Month("2025-02", null, 39, 305),
                new TrendChart.Month("2025-03", 5251, 37, 322)), 800, 360);

        assertThat(ChartChecks.seriesNames(chart)).containsExactly(
                TrendChart.POPULATION_SERIES, TrendChart.UNEMPLOYED_SERIES, TrendChart.FLOATING_SERIES);
        assertThat(chart.getSeries(TrendChart.POPULATION_SERIES).getYData()).containsExactly(5230, Double.NaN, 5251);
        assertThat(ChartChecks.strings(chart.getSeries(TrendChart.FLOATING_SERIES).getXData())).hasSize(3);
        ChartChecks.isValidPngAndSvg(chart);
    }
}
