package commstat.reports.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;

/**
 * Who submits late: communities × months, each cell coloured by its reporting status
 * (the worst over the datasets, decided by the caller).
 */
public final class ReportingHeatmap {

    public static final String SERIES = "报送情况";

    /** Ordered from best to worst; the heat value is the ordinal. */
    public enum Status {
        NOT_DUE("未到期", new Color(0xee, 0xee, 0xee)),
        ON_TIME("按时", new Color(0x59, 0xa1, 0x4f)),
        LATE("逾期", new Color(0xed, 0xc9, 0x48)),
        MISSING("缺报", new Color(0xe1, 0x57, 0x59));

        public final String label;
        public final Color color;

        Status(String label, Color color) {
            this.label = label;
            this.color = color;
        }
    }

    /** One community-month. */
    public record Cell(String community, String period, Status status) {
        public Cell {
            Objects.requireNonNull(community, "community is null");
            Objects.requireNonNull(period, "period is null");
            Objects.requireNonNull(status, "status is null for " + community + " " + period);
        }
    }

    private ReportingHeatmap() {
    }

    /** Rows and columns in the order they first appear in {@code cells}. */
    public static HeatMapChart build(String title, List<Cell> cells, int width, int height) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("heatmap '" + title + "' has no cells");
        }
        Map<String, Integer> periods = new LinkedHashMap<>();
        Map<String, Integer> communities = new LinkedHashMap<>();
        List<Number[]> heat = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            int x = periods.computeIfAbsent(c.period(), k -> periods.size());
            int y = communities.computeIfAbsent(c.community(), k -> communities.size());
            heat.add(new Number[] {x, y, c.status().ordinal()});
        }
        HeatMapChart chart = new HeatMapChartBuilder().width(width).height(height).title(title).build();
        ChartStyle.apply(chart.getStyler());
        chart.getStyler().setShowValue(false);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setMin(0);
        chart.getStyler().setMax(Status.values().length - 1);
        chart.getStyler().setRangeColors(java.util.Arrays.stream(Status.values()).map(s -> s.color).toArray(Color[]::new));
        chart.addSeries(SERIES, new ArrayList<>(periods.keySet()), new ArrayList<>(communities.keySet()), heat);
        return chart;
    }
}
