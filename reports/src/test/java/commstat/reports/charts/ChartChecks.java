package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.w3c.dom.Document;

/** What every chart must be: a readable PNG of its size and an SVG document of its size. */
final class ChartChecks {

    private ChartChecks() {
    }

    static List<String> seriesNames(Chart<?, ?> chart) {
        return chart.getSeriesCollection().stream().map(Series::getName).toList();
    }

    static List<String> strings(Collection<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    static void isValidPngAndSvg(Chart<?, ?> chart) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart)));
        assertThat(image).as("PNG of '%s'", chart.getTitle()).isNotNull();
        assertThat(image.getWidth()).isEqualTo(chart.getWidth());
        assertThat(image.getHeight()).isEqualTo(chart.getHeight());

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(ChartImages.svg(chart)));
        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(Double.parseDouble(svg.getDocumentElement().getAttribute("width").replaceAll("[a-z]", "")))
                .isEqualTo(chart.getWidth());
        assertThat(svg.getElementsByTagName("path").getLength() + svg.getElementsByTagName("rect").getLength())
                .as("drawn shapes").isGreaterThan(5);
        String text = new String(ChartImages.svg(chart), StandardCharsets.UTF_8);
        for (Series series : chart.getSeriesCollection()) {
            if (series instanceof CategorySeries category) {
                var style = category.getChartCategorySeriesRenderStyle()
                        .orElse(((CategoryStyler) chart.getStyler()).getDefaultSeriesRenderStyle());
                Color colour = switch (style) {
                    case Bar, Stick, Area -> category.getFillColor();
                    case Line -> category.getLineColor();
                    default -> null; // scatter: drawn as markers or error bars, checked by the chart's own test
                };
                if (colour != null) {
                    assertThat(text).as("series '%s' drawn in its colour", series.getName()).contains(rgb(colour));
                }
            }
        }
        assertThat(ChartImages.svg(chart)).as("same chart, same SVG bytes").isEqualTo(ChartImages.svg(chart));
    }

    static String rgb(Color color) {
        return "rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
    }
}
