package commstat.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.w3c.dom.Document;

class ChartImagesTest {

    private static CategoryChart chart() {
        CategoryChart chart = new CategoryChartBuilder().width(640).height(360).title("社区得分").build();
        ChartStyle.apply(chart.getStyler());
        chart.addSeries("得分", List.of("和平里社区", "东湖社区"), List.of(87.25, 59.99));
        return chart;
    }

    @Test
    void pngHasTheChartsSizeAndTheCjkFontIsUsed() throws Exception {
        CategoryChart chart = chart();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartImages.png(chart)));

        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(360);
        assertThat(chart.getStyler().getChartTitleFont().getFamily()).isEqualTo(ChartFont.FAMILY);
        assertThat(chart.getStyler().getChartTitleFont().canDisplayUpTo("社区得分")).isEqualTo(-1);
    }

    @Test
    void svgIsXmlOfTheChartsSize() throws Exception {
        byte[] svg = ChartImages.svg(chart());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));

        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).startsWith("640");
    }

    @Test
    void twoRendersGiveTheSamePng() {
        assertThat(ChartImages.png(chart())).isEqualTo(ChartImages.png(chart()));
    }
}
