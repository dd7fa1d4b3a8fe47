package commstat.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Image;
import com.lowagie.text.ImageLoader;
import commstat.reports.charts.ChartImages;
import commstat.reports.charts.ChartStyle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

class PngImagesTest {

    private static byte[] chartPng() {
        CategoryChart chart = new CategoryChartBuilder().width(320).height(200).title("社区得分").build();
        ChartStyle.apply(chart.getStyler());
        chart.addSeries("得分", List.of("和平里社区", "东湖社区"), List.of(87.25, 59.99));
        return ChartImages.png(chart);
    }

    /** An RGBA PNG with opaque, half-transparent and fully transparent pixels. */
    private static byte[] translucentPng() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 30, 60, 255));
        g.fillRect(0, 0, 20, 30);
        g.setColor(new Color(10, 120, 240, 128));
        g.fillOval(10, 5, 25, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void theCopyKeepsEveryPixelOfImageIosByteImages() throws Exception {
        for (byte[] png : List.of(chartPng(), translucentPng())) {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
            assertThat(decoded.getType()).isIn(BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_4BYTE_ABGR);

            BufferedImage copy = PngImages.intArgb(decoded);

            assertThat(copy.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB);
            int w = decoded.getWidth();
            int h = decoded.getHeight();
            assertThat(copy.getRGB(0, 0, w, h, null, 0, w)).isEqualTo(decoded.getRGB(0, 0, w, h, null, 0, w));
        }
    }

    @Test
    void givesTheSameImageAsOpenPdfsOwnPngLoader() throws Exception {
        for (byte[] png : List.of(chartPng(), translucentPng())) {
            Image ours = PngImages.read(png);
            Image openPdfs = ImageLoader.getPngImage(png);

            assertThat(ours.getWidth()).isEqualTo(openPdfs.getWidth());
            assertThat(ours.getHeight()).isEqualTo(openPdfs.getHeight());
            assertThat(ours.getRawData()).isEqualTo(openPdfs.getRawData());
            assertThat(ours.getTransparency()).isEqualTo(openPdfs.getTransparency());
            if (openPdfs.getImageMask() == null) {
                assertThat(ours.getImageMask()).isNull();
            } else {
                assertThat(ours.getImageMask().getRawData()).isEqualTo(openPdfs.getImageMask().getRawData());
            }
        }
        assertThat(ImageLoader.getPngImage(translucentPng()).getImageMask()).as("the RGBA case has a soft mask")
                .isNotNull();
    }

    @Test
    void onlyPngBytesAreTakenForPng() {
        assertThat(PngImages.isPng(chartPng())).isTrue();
        assertThat(PngImages.isPng(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isFalse();
        assertThat(PngImages.isPng(new byte[] {(byte) 0x89, 'P'})).isFalse();
        assertThat(PngImages.isPng(null)).isFalse();
    }
}
