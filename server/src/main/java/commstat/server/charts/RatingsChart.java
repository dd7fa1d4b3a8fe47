package commstat.server.charts;

import commstat.reports.charts.ChartStyle;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Communities per rating band: one bar per band. */
public final class RatingsChart {
    public static final String SERIES = "社区数";

    private RatingsChart() {
    }

    /** {@code counts} in band order (every band present). */
    public static CategoryChart build(String title, Map<String, Integer> counts, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle("评级").yAxisTitle("社区").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisMin(0.0);
        List<String> bands = new ArrayList<>(counts.keySet());
        chart.addSeries(SERIES, bands, bands.stream().map(b -> (Number) counts.get(b)).toList())
                .setFillColor(new Color(0x1d, 0x4e, 0x89));
        return chart;
    }
}
