package commstat.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static commstat.server.MartsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard charts: valid SVG and PNG, cached per snapshot (ETag), behind the same access as their pages. */
class ChartsServerTest {
    @RegisterExtension
    static final MartsServer marts = new MartsServer();

    @Test
    void everyDashboardChartIsAValidSvgAndPng() throws Exception {
        String[] charts = {"/charts/ratings", "/charts/reporting", "/charts/district/" + TIEXI + "/ranking",
                "/charts/district/" + TIEXI + "/reporting", "/charts/community/" + HEPING + "/points",
                "/charts/community/" + HEPING + "/trends", "/charts/community/" + HEPING + "/funds"};
        for (String chart : charts) {
            HttpResponse<byte[]> svg = bytes(chart + ".svg?year=2025", "admin");
            assertThat(svg.statusCode()).as(chart).isEqualTo(200);
            assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
            DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
            xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg.body()));
            assertThat(doc.getDocumentElement().getLocalName() == null ? doc.getDocumentElement().getNodeName()
                    : doc.getDocumentElement().getLocalName()).as(chart).isEqualTo("svg");
            assertThat(new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8)).as(chart)
                    .doesNotContain("no data");
            HttpResponse<byte[]> png = bytes(chart + ".png?year=2025", "admin");
            assertThat(png.statusCode()).as(chart).isEqualTo(200);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(img).as(chart).isNotNull();
            assertThat(img.getWidth()).isEqualTo(640);
            assertThat(img.getHeight()).isEqualTo(360);
        }
    }

    @Test
    void aChartIsBuiltOncePerSnapshotAndAnswers304ToItsEtag() {
        HttpResponse<byte[]> first = bytes("/charts/ratings.svg?year=2025", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).contains(SNAPSHOT);
        HttpResponse<byte[]> again = bytes("/charts/ratings.svg?year=2025", null);
        assertThat(again.body()).isEqualTo(first.body());
        HttpResponse<String> notModified = marts.server().send(HttpRequest.newBuilder(marts.server().uri("/charts/ratings.svg?year=2025"))
                .header("If-None-Match", etag));
        assertThat(notModified.statusCode()).isEqualTo(304);
    }

    @Test
    void chartsFollowTheAccessOfTheirPages() {
        assertThat(bytes("/charts/ratings.svg", null).statusCode()).isEqualTo(200);
        assertThat(bytes("/charts/ratings.svg?year=2026", null).statusCode()).isEqualTo(404); // not published
        assertThat(bytes("/charts/reporting.svg", null).statusCode()).isEqualTo(302); // a page route: to the login
        assertThat(bytes("/charts/reporting.svg", "tiexi").statusCode()).isEqualTo(403);
        assertThat(bytes("/charts/district/" + TIEDONG + "/ranking.svg", "tiexi").statusCode()).isEqualTo(404);
        assertThat(bytes("/charts/community/" + HEPING + "/points.svg?year=2025", "changchun").statusCode())
                .isEqualTo(404);
        assertThat(bytes("/charts/community/" + HEPING + "/points.svg?year=2025", "heping").statusCode())
                .isEqualTo(200);
    }

    private static HttpResponse<byte[]> bytes(String path, String account) {
        HttpRequest.Builder b = HttpRequest.newBuilder(marts.server().uri(path));
        if (account != null) {
            b.header("Authorization", "Bearer " + marts.server().token(account));
        }
        try {
            return java.net.http.HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
