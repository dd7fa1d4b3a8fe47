package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import static commstat.server.MartsFixture.*;
import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The public disclosure portal: browse, superseded versions marked, downloads byte for byte from the store. */
class PortalServerTest {
    @TempDir
    static Path tmp;
    static Path root;
    static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        root = MartsFixture.write(tmp.resolve("root"));
        server = new TestServer(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anyoneBrowsesEveryVersionWithItsStatus() {
        JsonNode j = json(server.get("/api/portal/disclosures"));
        assertThat(j.get("disclosures")).hasSize(3);
        JsonNode v1 = j.get("disclosures").get(0);
        assertThat(v1.get("community_name").asText()).isEqualTo("和平里社区");
        assertThat(v1.get("status").asText()).isEqualTo("superseded");
        assertThat(v1.get("superseded_by_version").asInt()).isEqualTo(2);
        assertThat(v1.get("downloads").get("csv").asText())
                .isEqualTo("/portal/download/" + HEPING + "/2025-Q1/1/csv");
        assertThat(j.get("districts")).hasSize(2);
    }

    @Test
    void filtersByDistrictStreetCommunityAndQuarter() {
        assertThat(json(server.get("/api/portal/disclosures?district=" + TIEDONG)).get("disclosures")).hasSize(1);
        JsonNode street = json(server.get("/api/portal/disclosures?district=" + TIEXI + "&street=371902001"));
        assertThat(street.get("disclosures")).hasSize(2);
        assertThat(street.get("communities").get(0).get("name").asText()).isEqualTo("和平里社区");
        assertThat(json(server.get("/api/portal/disclosures?community=" + GUANGMING + "&quarter=2025-Q1"))
                .get("disclosures")).hasSize(1);
        assertThat(json(server.get("/api/portal/disclosures?quarter=2024-Q4")).get("disclosures")).isEmpty();
        HttpResponse<String> bad = server.get("/api/portal/disclosures?quarter=2025-Q5");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("message").asText()).contains("2025-Q5");
    }

    @Test
    void downloadsAreThePublishedBytes() throws Exception {
        Path v1 = root.resolve("publication/disclosures/371902/371902001002/2025-Q1/v1/disclosure-371902001002-2025-Q1-v1.csv");
        HttpResponse<byte[]> r = server.http().send(HttpRequest.newBuilder(
                server.uri("/portal/download/" + HEPING + "/2025-Q1/1/csv")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(Files.readAllBytes(v1));
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("v1.csv");
        assertThat(server.get("/portal/download/" + HEPING + "/2025-Q1/2/pdf").body()).startsWith("%PDF");
        assertThat(server.get("/portal/download/" + GUANGMING + "/2025-Q1/1/pdf").statusCode()).isEqualTo(404);
        assertThat(server.get("/portal/download/" + HEPING + "/2025-Q1/3/csv").statusCode()).isEqualTo(404);
        assertThat(server.get("/portal/download/" + HEPING + "/2025-Q1/1/exe").statusCode()).isEqualTo(400);
        assertThat(server.get("/portal/download/" + HEPING + "/..%2F..%2Fcurrent/1/csv").statusCode()).isEqualTo(400);
    }

    @Test
    void portalPageMarksSupersededVersionsAndEscapesNotes() {
        HttpResponse<String> r = server.get("/portal?district=" + TIEXI);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("和平里社区", "长春路街道", "superseded", "by v2", "current",
                "/portal/download/" + HEPING + "/2025-Q1/2/pdf", "1,700.00 &lt;b&gt;").doesNotContain("1,700.00 <b>")
                .doesNotContain("光明社区 <span");
    }
}
