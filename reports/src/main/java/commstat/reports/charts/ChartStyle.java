package commstat.reports.charts;

import java.awt.Color;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** One look for every chart: the CJK font on every text element, white background, no border. */
public final class ChartStyle {

    private ChartStyle() {
    }

    public static <S extends Styler> S apply(S styler) {
        styler.setBaseFont(ChartFont.regular(12f));
        styler.setChartTitleFont(ChartFont.bold(15f));
        styler.setLegendFont(ChartFont.regular(11f));
        styler.setAnnotationTextFont(ChartFont.regular(10f));
        styler.setAnnotationTextPanelFont(ChartFont.regular(10f));
        styler.setToolTipFont(ChartFont.regular(10f));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setAntiAlias(true);
        if (styler instanceof AxesChartStyler axes) {
            axes.setAxisTitleFont(ChartFont.regular(12f));
            axes.setAxisTickLabelsFont(ChartFont.regular(10f));
            axes.setPlotGridVerticalLinesVisible(false);
        }
        return styler;
    }
}
