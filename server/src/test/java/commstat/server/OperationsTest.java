package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import commstat.server.snapshot.Snapshot;
import commstat.server.snapshot.SnapshotSource;
import commstat.server.web.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Snapshots followed through {@code <root>/current}, ETags, /health, /metrics and the OpenAPI document. */
class OperationsTest {
    @TempDir
    Path tmp;

    /** A root with two published snapshots: a (the fixture) and b (the fixture with one more file row). */
    private Path rootWithTwoSnapshots() throws Exception {
        Path root = tmp.resolve("root");
        WarehouseFixture.write(root.resolve("snapshots/a"));
        Path b = WarehouseFixture.write(root.resolve("snapshots/b"));
        try (Connection db = java.sql.DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            String parts = b.resolve("ingest_files").resolve("*.parquet").toString();
            Path extra = b.resolve("ingest_files").resolve("part-00001.parquet");
            st.execute("COPY (SELECT * REPLACE ('zzz_extra.csv' AS file_name) FROM read_parquet('" + parts
                    + "') LIMIT 1) TO '" + extra + "' (FORMAT parquet)");
        }
        point(root, "a");
        return root;
    }

    private static void point(Path root, String id) throws Exception {
        Path tmpFile = root.resolve("current.tmp");
        Files.writeString(tmpFile, id + "\n");
        Files.move(tmpFile, root.resolve("current"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theServerFollowsThePointerAndCachesPerSnapshotWithETags() throws Exception {
        Path root = rootWithTwoSnapshots();
        try (TestServer server = new TestServer(root)) {
            assertThat(json(server.get("/health")).get("snapshot").asText()).isEqualTo("a");
            HttpResponse<String> first = server.admin("/api/ingest/summary");
            assertThat(json(first).get("totals").get("files").asLong()).isEqualTo(8);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).startsWith("\"a-");

            HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri("/api/ingest/summary"))
                    .header("Authorization", "Bearer " + server.token("admin")).header("If-None-Match", etag));
            assertThat(again.statusCode()).as(again.headers().map() + " sent " + etag).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            // another caller's scope never shares the answer's tag
            assertThat(server.get("/api/ingest/community/" + WarehouseFixture.HEPING, "heping").headers()
                    .firstValue("ETag").orElseThrow()).isNotEqualTo(etag);

            point(root, "b");
            assertThat(json(server.get("/health")).get("snapshot").asText()).isEqualTo("b");
            HttpResponse<String> after = server.send(HttpRequest.newBuilder(server.uri("/api/ingest/summary"))
                    .header("Authorization", "Bearer " + server.token("admin")).header("If-None-Match", etag));
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(json(after).get("totals").get("files").asLong()).isEqualTo(9);
            assertThat(after.headers().firstValue("ETag").orElseThrow()).startsWith("\"b-");

            String metrics = server.admin("/metrics").body();
            assertThat(metrics)
                    .contains("commstat_http_requests_total{route=\"/api/ingest/summary\",method=\"GET\",status=\"200\"} 2")
                    .contains("commstat_http_requests_total{route=\"/api/ingest/summary\",method=\"GET\",status=\"304\"} 1")
                    .contains("commstat_http_request_duration_seconds_bucket{route=\"/api/ingest/summary\",le=\"+Inf\"} 3")
                    .contains("commstat_snapshot_info{id=\"b\"} 1")
                    .contains("commstat_cache_hits_total 1")
                    .contains("commstat_not_modified_total 1");
            assertThat(server.get("/metrics").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aRequestKeepsItsSnapshotWhileANewOneIsPublished() throws Exception {
        Path root = rootWithTwoSnapshots();
        try (SnapshotSource source = new SnapshotSource(root, Duration.ZERO, 1 << 20)) {
            Snapshot inFlight = source.acquire();
            assertThat(inFlight.id()).isEqualTo("a");
            point(root, "b");
            Snapshot next = source.acquire();
            assertThat(next.id()).isEqualTo("b");
            // the old one still answers, from its own files, until its request releases it
            assertThat(count(inFlight)).isEqualTo(8);
            assertThat(count(next)).isEqualTo(9);
            inFlight.release();
            assertThatThrownBy(() -> count(inFlight)).isInstanceOf(Exception.class);
            next.release();
        }
    }

    private static long count(Snapshot s) throws Exception {
        try (Connection c = s.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM ingest_files")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theOpenApiDocumentListsEveryApiRouteWithItsRoles() throws Exception {
        try (TestServer server = new TestServer(WarehouseFixture.write(tmp.resolve("warehouse")))) {
            JsonNode doc = json(server.get("/api/openapi.json"));
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            JsonNode paths = doc.get("paths");
            int apiRoutes = 0;
            for (Route r : ServerApp.routeTable(server.app()).routes()) {
                if (!r.isApi()) {
                    continue;
                }
                apiRoutes++;
                JsonNode op = paths.path(r.path()).path(r.method().name().toLowerCase(java.util.Locale.ROOT));
                assertThat(op.isMissingNode()).as(r.method() + " " + r.path()).isFalse();
                assertThat(op.get("summary").asText()).isEqualTo(r.summary());
                assertThat(op.get("x-roles").toString()).isEqualTo(
                        r.access().roles().stream().map(x -> "\"" + x.name() + "\"").toList().toString().replace(" ", ""));
            }
            assertThat(apiRoutes).isGreaterThan(5);
            assertThat(paths.get("/api/ingest/community/{code}").get("get").get("parameters").get(0).get("name").asText())
                    .isEqualTo("code");
        }
    }
}
