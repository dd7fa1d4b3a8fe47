package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class RankingChartTest {

    private static final List<RankingChart.Bar> BARS = List.of(
            new RankingChart.Bar("和平里社区", 1, 1, 2),
            new RankingChart.Bar("东湖社区", 2, 1, 4),
            new RankingChart.Bar("西城社区", 3, 2, 5));

    @Test
    void oneBarPerCommunityAndTheIntervalAsErrorBars() throws Exception {
        CategoryChart chart = RankingChart.build("区排名", BARS, 800, 400);

        assertThat(ChartChecks.seriesNames(chart)).containsExactly(RankingChart.RANK_SERIES, RankingChart.INTERVAL_SERIES);
        CategorySeries interval = chart.getSeries(RankingChart.INTERVAL_SERIES);
        assertThat(ChartChecks.strings(interval.getXData())).containsExactly("和平里社区", "东湖社区", "西城社区");
        // the error bar spans p05..p95: centre ± half width
        assertThat(interval.getYData()).containsExactly(1.5, 2.5, 3.5);
        assertThat(interval.getExtraValues()).containsExactly(0.5, 1.5, 1.5);
        assertThat(chart.getSeries(RankingChart.RANK_SERIES).getYData()).containsExactly(1, 2, 3);
        ChartChecks.isValidPngAndSvg(chart);
        assertThat(new String(ChartImages.svg(chart), java.nio.charset.StandardCharsets.UTF_8))
                .as("error bars drawn").contains(ChartChecks.rgb(chart.getStyler().getErrorBarsColor()));
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new RankingChart.Bar("东湖社区", 2, 4, 1))
                .hasMessage("bad ranks for 东湖社区: rank 2, interval 4–1");
    }
}
