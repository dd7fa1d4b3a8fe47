package commstat.reports.charts;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Ranking bars: one bar per community at its rank, with the Monte Carlo rank interval
 * (5th to 95th percentile) as an error bar. A long bar means a low rank; a long error bar
 * means a rank the weights could easily change.
 */
public final class RankingChart {

    public static final String RANK_SERIES = "名次";
    public static final String INTERVAL_SERIES = "名次区间 (5%–95%)";

    /** One community: its rank and the 5th/95th percentile of its rank over the weight runs. */
    public record Bar(String community, int rank, int p05Rank, int p95Rank) {
        public Bar {
            Objects.requireNonNull(community, "community is null");
            if (rank < 1 || p05Rank < 1 || p95Rank < p05Rank) {
                throw new IllegalArgumentException("bad ranks for " + community + ": rank " + rank
                        + ", interval " + p05Rank + "–" + p95Rank);
            }
        }
    }

    private RankingChart() {
    }

    /** Bars in the order given (callers pass them by rank). */
    public static CategoryChart build(String title, List<Bar> bars, int width, int height) {
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("ranking chart '" + title + "' has no communities");
        }
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("社区").yAxisTitle("名次").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(bars.size() > 6 ? 45 : 0);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setErrorBarsColor(new Color(0x33, 0x33, 0x33));
        List<String> names = bars.stream().map(Bar::community).toList();
        chart.addSeries(RANK_SERIES, names, bars.stream().map(b -> (Number) b.rank()).toList())
                .setFillColor(new Color(0x4c, 0x78, 0xa8));
        CategorySeries interval = chart.addSeries(INTERVAL_SERIES, names,
                bars.stream().map(b -> (Number) ((b.p05Rank() + b.p95Rank()) / 2.0)).toList(),
                bars.stream().map(b -> (Number) ((b.p95Rank() - b.p05Rank()) / 2.0)).toList());
        interval.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
        interval.setMarker(SeriesMarkers.NONE);
        interval.setMarkerColor(new Color(0x33, 0x33, 0x33));
        return chart;
    }
}
