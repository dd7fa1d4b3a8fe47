package commstat.reports.charts;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * "Where the points went" for one community: per indicator, the points it earned (weight × n)
 * stacked with the points it lost (weight × (100 − n)); the two add up to the indicator's weight.
 */
public final class PointsChart {

    public static final String EARNED_SERIES = "得分";
    public static final String LOST_SERIES = "失分";

    /** One indicator's points, labelled for people (e.g. "报送及时率"). */
    public record Indicator(String label, BigDecimal contribution, BigDecimal pointsLost) {
        public Indicator {
            Objects.requireNonNull(label, "label is null");
            Objects.requireNonNull(contribution, "contribution is null for " + label);
            Objects.requireNonNull(pointsLost, "pointsLost is null for " + label);
        }
    }

    private PointsChart() {
    }

    public static CategoryChart build(String title, List<Indicator> indicators, int width, int height) {
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("points chart '" + title + "' has no indicators");
        }
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .yAxisTitle("分").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(30);
        chart.getStyler().setYAxisDecimalPattern("0.#");
        List<String> labels = indicators.stream().map(Indicator::label).toList();
        chart.addSeries(EARNED_SERIES, labels, indicators.stream().map(i -> (Number) i.contribution().doubleValue()).toList())
                .setFillColor(new Color(0x59, 0xa1, 0x4f));
        chart.addSeries(LOST_SERIES, labels, indicators.stream().map(i -> (Number) i.pointsLost().doubleValue()).toList())
                .setFillColor(new Color(0xe1, 0x57, 0x59));
        return chart;
    }
}
