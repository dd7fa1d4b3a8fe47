package commstat.server;

import commstat.server.web.Req;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static commstat.server.MartsFixture.TIEXI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cached answers go out in one piece with their Content-Length (never chunked), gzipped once per snapshot for the
 * clients that take gzip, the same bytes either way once unzipped; PNG and small answers are never gzipped.
 */
class CachedAnswerEncodingTest {
    @RegisterExtension
    static final MartsServer marts = new MartsServer();

    private static HttpResponse<byte[]> get(String path, String acceptEncoding) {
        HttpRequest.Builder b = HttpRequest.newBuilder(marts.server().uri(path)).header("Accept-Language", "en")
                .header("Authorization", "Bearer " + marts.server().token("admin"));
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return marts.server().http().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gunzip(byte[] b) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            return in.readAllBytes();
        }
    }

    private static void assertWhole(HttpResponse<byte[]> r) {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Transfer-Encoding")).as("not chunked").isEmpty();
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length);
        assertThat(r.headers().firstValue("Vary").orElse("")).contains("Accept-Encoding");
    }

    @Test
    void pagesAndJsonAreGzippedForClientsThatTakeItAndWholeForOthers() throws Exception {
        for (String path : new String[] {"/api/assessment/2025/rankings", "/dashboard/district/" + TIEXI + "?year=2025",
                "/charts/ratings.svg?year=2025"}) {
            HttpResponse<byte[]> plain = get(path, null);
            assertWhole(plain);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(plain.body().length).as(path + " is large enough to gzip").isGreaterThan(1500);

            HttpResponse<byte[]> zipped = get(path, "br, gzip;q=0.8");
            assertWhole(zipped);
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
            assertThat(zipped.body().length).isLessThan(plain.body().length);
            assertThat(gunzip(zipped.body())).as(path).isEqualTo(plain.body());
            assertThat(zipped.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));

            HttpResponse<byte[]> refused = get(path, "gzip;q=0, deflate");
            assertThat(refused.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(refused.body()).isEqualTo(plain.body());
        }
    }

    @Test
    void pngAndSmallAnswersAreNeverGzipped() {
        HttpResponse<byte[]> png = get("/charts/ratings.png?year=2025", "gzip");
        assertWhole(png);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Content-Encoding")).isEmpty();
        HttpResponse<byte[]> small = get("/api/assessment/years", "gzip");
        assertWhole(small);
        assertThat(small.body().length).isLessThan(1500);
        assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(small.body(), StandardCharsets.UTF_8)).contains("\"years\"");
    }

    @Test
    void acceptEncodingIsReadAsWritten() {
        assertThat(Req.acceptsGzip(null)).isFalse();
        assertThat(Req.acceptsGzip("")).isFalse();
        assertThat(Req.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Req.acceptsGzip("GZIP")).isTrue();
        assertThat(Req.acceptsGzip("*")).isTrue();
        assertThat(Req.acceptsGzip("identity")).isFalse();
        assertThat(Req.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Req.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(Req.acceptsGzip("gzip;q=0.5")).isTrue();
    }
}
