package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** A server started before any ingest, or on a warehouse with an empty table. */
class WarehouseNotReadyTest {
    private static final String MESSAGE = "no ingest has run yet: run ./commstat ingest";

    @TempDir
    Path tmp;

    @Test
    void missingWarehouseAnswers503WithTheMessage() {
        try (TestServer server = new TestServer(tmp.resolve("no-such-warehouse"))) {
            HttpResponse<String> api = server.admin("/api/ingest/summary");
            assertThat(api.statusCode()).isEqualTo(503);
            JsonNode error = json(api);
            assertThat(error.get("code").asText()).isEqualTo("NO_INGEST_YET");
            assertThat(error.get("message").asText()).startsWith(MESSAGE).doesNotContain(tmp.toString());

            HttpResponse<String> page = server.admin("/ingest");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("text/html");
            assertThat(page.body()).contains(MESSAGE).doesNotContain("Exception", "\tat ");

            assertThat(server.get("/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theFirstIngestIsServedWithoutARestart() throws Exception {
        Path warehouse = tmp.resolve("warehouse");
        try (TestServer server = new TestServer(warehouse)) {
            assertThat(server.admin("/api/ingest/summary").statusCode()).isEqualTo(503);
            WarehouseFixture.write(warehouse);
            HttpResponse<String> r = server.admin("/api/ingest/summary");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).get("totals").get("files").asLong()).isEqualTo(8);
        }
    }

    @Test
    void aTableFolderWithoutPartFilesReadsAsEmpty() throws Exception {
        Path warehouse = WarehouseFixture.write(tmp.resolve("warehouse"));
        try (Stream<Path> parts = Files.list(warehouse.resolve("ingest_rejects"))) {
            parts.forEach(WarehouseNotReadyTest::delete);
        }
        try (TestServer server = new TestServer(warehouse)) {
            JsonNode s = json(server.admin("/api/ingest/summary"));
            assertThat(s.get("rejects_by_code")).isEmpty();
            assertThat(s.get("rejects_by_community")).isEmpty();
            assertThat(s.get("totals").get("files").asLong()).isEqualTo(8);
            assertThat(server.admin("/ingest").body()).contains("No rejected rows.");
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
