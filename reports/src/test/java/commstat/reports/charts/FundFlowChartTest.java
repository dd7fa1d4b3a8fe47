package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class FundFlowChartTest {

    @Test
    void oneSeriesPerItemOverEveryMonthWithZerosWhereAnItemIsQuiet() throws Exception {
        CategoryChart chart = FundFlowChart.build("支出（按科目）", List.of(
                new FundFlowChart.Amount("2025-02", "办公费", new BigDecimal("300.50")),
                new FundFlowChart.Amount("2025-01", "办公费", new BigDecimal("120.00")),
                new FundFlowChart.Amount("2025-01", "活动费", new BigDecimal("800.00")),
                new FundFlowChart.Amount("2025-01", "活动费", new BigDecimal("200.00"))), 800, 360);

        assertThat(ChartChecks.seriesNames(chart)).containsExactly("办公费", "活动费");
        assertThat(ChartChecks.strings(chart.getSeries("活动费").getXData())).containsExactly("2025-01", "2025-02");
        assertThat(chart.getSeries("活动费").getYData()).containsExactly(1000.0, 0.0);
        assertThat(chart.getSeries("办公费").getYData()).containsExactly(120.0, 300.5);
        ChartChecks.isValidPngAndSvg(chart);
    }
}
