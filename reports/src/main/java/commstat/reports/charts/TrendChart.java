package commstat.reports.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * Monthly trends of one community or unit: resident population, registered unemployed and
 * active floating residents, one line each. A month without a figure is a gap, never a zero.
 * Population is on the left axis, the two smaller counts on the right one.
 */
public final class TrendChart {

    public static final String POPULATION_SERIES = "常住人口";
    public static final String UNEMPLOYED_SERIES = "登记失业人数";
    public static final String FLOATING_SERIES = "在册流动人口";

    /** One month's figures; null where the month has no figure (not reported). */
    public record Month(String period, Integer population, Integer registeredUnemployed, Integer activeFloating) {
        public Month {
            Objects.requireNonNull(period, "period is null");
        }
    }

    private TrendChart() {
    }

    public static CategoryChart build(String title, List<Month> months, int width, int height) {
        if (months.isEmpty()) {
            throw new IllegalArgumentException("trend chart '" + title + "' has no months");
        }
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setOverlapped(true); // every line on the month itself, not side by side
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        List<String> periods = months.stream().map(Month::period).toList();
        chart.addSeries(POPULATION_SERIES, periods, values(months, 0));
        chart.addSeries(UNEMPLOYED_SERIES, periods, values(months, 1)).setYAxisGroup(1);
        chart.addSeries(FLOATING_SERIES, periods, values(months, 2)).setYAxisGroup(1);
        chart.setYAxisGroupTitle(0, POPULATION_SERIES);
        chart.setYAxisGroupTitle(1, "人数");
        return chart;
    }

    private static List<Number> values(List<Month> months, int which) {
        List<Number> values = new ArrayList<>(months.size());
        for (Month m : months) {
            values.add(switch (which) {
                case 0 -> m.population();
                case 1 -> m.registeredUnemployed();
                default -> m.activeFloating();
            });
        }
        return values;
    }
}
