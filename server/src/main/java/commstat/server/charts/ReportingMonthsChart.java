package commstat.server.charts;

import commstat.reports.charts.ChartStyle;
import commstat.server.dashboard.MonthlyReporting;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

import java.awt.Color;
import java.util.List;

/** Submissions by month, stacked: on time, late, missing (over all datasets and communities of the unit). */
public final class ReportingMonthsChart {
    public static final String ON_TIME = "按时";
    public static final String LATE = "逾期";
    public static final String MISSING = "缺报";

    private ReportingMonthsChart() {
    }

    public static CategoryChart build(String title, List<MonthlyReporting> months, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .yAxisTitle("报送").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisLabelRotation(months.size() > 6 ? 45 : 0);
        List<String> periods = months.stream().map(MonthlyReporting::period).toList();
        chart.addSeries(ON_TIME, periods, months.stream().map(m -> (Number) m.onTime()).toList())
                .setFillColor(new Color(0x59, 0xa1, 0x4f));
        chart.addSeries(LATE, periods, months.stream().map(m -> (Number) m.late()).toList())
                .setFillColor(new Color(0xed, 0xc9, 0x48));
        chart.addSeries(MISSING, periods, months.stream().map(m -> (Number) m.missing()).toList())
                .setFillColor(new Color(0xe1, 0x57, 0x59));
        return chart;
    }
}
