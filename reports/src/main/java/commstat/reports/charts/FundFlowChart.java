package commstat.reports.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** Fund income or spending per month, stacked by item (one series per item, months in order). */
public final class FundFlowChart {

    /** One month's total of one item. */
    public record Amount(String month, String item, BigDecimal amountCny) {
        public Amount {
            Objects.requireNonNull(month, "month is null");
            Objects.requireNonNull(item, "item is null");
            Objects.requireNonNull(amountCny, "amountCny is null for " + item + " " + month);
        }
    }

    private FundFlowChart() {
    }

    /** Months and items sorted; a month without an item's amount stacks 0 for it. */
    public static CategoryChart build(String title, List<Amount> amounts, int width, int height) {
        if (amounts.isEmpty()) {
            throw new IllegalArgumentException("fund chart '" + title + "' has no amounts");
        }
        TreeSet<String> months = new TreeSet<>();
        Map<String, Map<String, BigDecimal>> byItem = new TreeMap<>();
        for (Amount a : amounts) {
            months.add(a.month());
            byItem.computeIfAbsent(a.item(), k -> new TreeMap<>()).merge(a.month(), a.amountCny(), BigDecimal::add);
        }
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title).yAxisTitle("元").build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setStacked(true);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        List<String> monthList = new ArrayList<>(months);
        byItem.forEach((item, perMonth) -> chart.addSeries(item, monthList, monthList.stream()
                .map(m -> (Number) perMonth.getOrDefault(m, BigDecimal.ZERO).doubleValue()).toList()));
        return chart;
    }
}
