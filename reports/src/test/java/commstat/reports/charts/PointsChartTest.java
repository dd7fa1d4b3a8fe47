package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class PointsChartTest {

    @Test
    void earnedAndLostPointsAreStackedPerIndicator() throws Exception {
        CategoryChart chart = PointsChart.build("和平里社区：得分去向", List.of(
                new PointsChart.Indicator("报送完整率", new BigDecimal("15.0000000000"), BigDecimal.ZERO),
                new PointsChart.Indicator("报送及时率", new BigDecimal("4.1700000000"), new BigDecimal("5.8300000000"))),
                640, 360);

        assertThat(ChartChecks.seriesNames(chart)).containsExactly(PointsChart.EARNED_SERIES, PointsChart.LOST_SERIES);
        assertThat(ChartChecks.strings(chart.getSeries(PointsChart.LOST_SERIES).getXData())).containsExactly("报送完整率", "报送及时率");
        assertThat(chart.getSeries(PointsChart.LOST_SERIES).getYData()).containsExactly(0.0, 5.83);
        assertThat(chart.getStyler().isStacked()).isTrue();
        ChartChecks.isValidPngAndSvg(chart);
    }
}
