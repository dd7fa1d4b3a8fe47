package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static commstat.server.TestServer.json;
import static commstat.server.WarehouseFixture.CHANGCHUN;
import static commstat.server.WarehouseFixture.HEPING;
import static commstat.server.WarehouseFixture.XINGFU;
import static org.assertj.core.api.Assertions.assertThat;

/** The ingest report, HTML and JSON, served from the fixture warehouse by the real server. */
class IngestReportServerTest {
    @TempDir
    static Path tmp;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(WarehouseFixture.write(tmp.resolve("warehouse")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rootIsTheHomeDashboardLinkingTheIngestReportForTheAdministrator() {
        HttpResponse<String> r = server.admin("/");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("data as of snapshot", "href=\"/ingest\"");
    }

    @Test
    void ingestPageShowsTheCountsAndChineseNames() {
        HttpResponse<String> r = server.admin("/ingest");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("text/html")
                .containsIgnoringCase("utf-8");
        assertThat(r.body())
                .contains("id=\"files\">8<", "id=\"files-ingested\">3<", "id=\"files-rejected\">3<",
                        "id=\"files-duplicate_ignored\">1<", "id=\"files-conflict\">1<",
                        "id=\"rows-read\">20<", "id=\"rows-accepted\">11<", "id=\"rows-rejected\">9<")
                .contains("和平里社区", "长春路社区", "长春路街道", "铁西区")
                .contains("/ingest/community/" + HEPING)
                .contains("2026-03-01T02:00:17")
                .contains("人口报表.csv", "BAD_FILE_NAME", "CONFLICTING_SUBMISSION", "MISSING_COLUMN")
                .doesNotContain("<script>alert(1)</script>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void communityPageListsThatCommunitysRejectedRows() {
        HttpResponse<String> r = server.admin("/ingest/community/" + HEPING);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body())
                .contains("和平里社区", "长春路街道", "铁西区", "Rejected rows (6)")
                .contains("371902001002_funds_2025-01_20250206T110000.xlsx", "MISSING_COLUMN", "ID_MISMATCH",
                        "gender 女 disagrees with the ID", "宿舍楼")
                .doesNotContain("371902001001_employment");
    }

    @Test
    void communityWithoutRejectsHasAPageSayingSo() {
        HttpResponse<String> r = server.admin("/ingest/community/" + XINGFU);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("幸福村社区", "胜利街道", "No rejected rows.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"371902009999", "abc", "3719020010011"})
    void unknownCommunityPageIs404(String code) {
        HttpResponse<String> r = server.admin("/ingest/community/" + code);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("text/html");
        assertThat(r.body()).contains("NOT_FOUND").doesNotContain("Exception");
    }

    @Test
    void summaryJsonHasTheFixturesNumbers() {
        HttpResponse<String> r = server.admin("/api/ingest/summary");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode s = json(r);
        JsonNode totals = s.get("totals");
        assertThat(totals.get("files").asLong()).isEqualTo(8);
        assertThat(totals.get("files_by_outcome").toString())
                .isEqualTo("{\"ingested\":3,\"rejected\":3,\"duplicate_ignored\":1,\"conflict\":1}");
        assertThat(totals.get("rows_read").asLong()).isEqualTo(20);
        assertThat(totals.get("rows_accepted").asLong()).isEqualTo(11);
        assertThat(totals.get("rows_rejected").asLong()).isEqualTo(9);
        assertThat(s.get("run").get("finished_at").asText()).isEqualTo("2026-03-01T02:00:17");

        assertThat(rows(s.get("files_by_outcome_and_reason"), "outcome", "reason", "files", "rows_read")).containsExactly(
                "ingested|null|3|16",
                "rejected|BAD_FILE_NAME|1|0", "rejected|MISSING_COLUMN|1|4", "rejected|UNKNOWN_COMMUNITY|1|0",
                "duplicate_ignored|null|1|0",
                "conflict|CONFLICTING_SUBMISSION|1|0");
        assertThat(rows(s.get("rejects_by_code"), "code", "rows")).containsExactly(
                "MISSING_COLUMN|4", "INVALID_ID_NUMBER|2", "BAD_VALUE|1", "DATE_OUTSIDE_PERIOD|1", "ID_MISMATCH|1");

        JsonNode byCommunity = s.get("rejects_by_community");
        assertThat(byCommunity).hasSize(2);
        assertThat(byCommunity.get(0).get("community").get("community_code").asText()).isEqualTo(HEPING);
        assertThat(byCommunity.get(0).get("community").get("community_name").asText()).isEqualTo("和平里社区");
        assertThat(byCommunity.get(0).get("community").get("street_name").asText()).isEqualTo("长春路街道");
        assertThat(byCommunity.get(0).get("community").get("district_name").asText()).isEqualTo("铁西区");
        assertThat(byCommunity.get(0).get("rows").asLong()).isEqualTo(6);
        assertThat(byCommunity.get(0).get("files").asLong()).isEqualTo(2);
        assertThat(byCommunity.get(1).get("community").get("community_name").asText()).isEqualTo("长春路社区");
        assertThat(byCommunity.get(1).get("rows").asLong()).isEqualTo(3);

        assertThat(s.get("files_not_ingested").get("total").asLong()).isEqualTo(5);
    }

    @Test
    void filesCanBeFilteredByOutcome() {
        JsonNode page = json(server.admin("/api/ingest/files?outcome=rejected"));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(rows(page.get("rows"), "file_name", "reason")).containsExactly(
                "371902001002_funds_2025-01_20250206T110000.xlsx|MISSING_COLUMN",
                "371902999999_population_2025-01_20250207T090000.csv|UNKNOWN_COMMUNITY",
                "人口报表.csv|BAD_FILE_NAME");
        JsonNode funds = page.get("rows").get(0);
        assertThat(funds.get("submitted_at").asText()).isEqualTo("2025-02-06T11:00:00");
        assertThat(funds.get("message").asText()).isEqualTo("required column amount (金额) is missing");
        assertThat(funds.get("is_effective").asBoolean()).isFalse();

        JsonNode all = json(server.admin("/api/ingest/files"));
        assertThat(all.get("total").asLong()).isEqualTo(8);
        JsonNode floating = json(server.admin("/api/ingest/files?outcome=ingested")).get("rows").get(2);
        assertThat(floating.get("file_name").asText()).startsWith("371902001002_floating");
        assertThat(floating.get("warnings").get(0).asText()).isEqualTo("unknown column '备注' ignored");
    }

    @Test
    void rejectsCanBeFilteredByCommunityAndCode() {
        JsonNode page = json(server.admin("/api/ingest/rejects?community=" + HEPING + "&code=MISSING_COLUMN"));
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(rows(page.get("rows"), "line", "column_name", "code")).containsExactly(
                "2|amount|MISSING_COLUMN", "3|amount|MISSING_COLUMN", "4|amount|MISSING_COLUMN", "5|amount|MISSING_COLUMN");

        JsonNode invalid = json(server.admin("/api/ingest/rejects?code=INVALID_ID_NUMBER"));
        assertThat(invalid.get("total").asLong()).isEqualTo(2);
        assertThat(invalid.get("rows").get(1).get("faults").toString())
                .isEqualTo("[\"id_number:INVALID_ID_NUMBER\",\"event_date:BAD_VALUE\"]");

        JsonNode limited = json(server.admin("/api/ingest/rejects?limit=2&offset=1"));
        assertThat(limited.get("total").asLong()).isEqualTo(9);
        assertThat(limited.get("rows")).hasSize(2);
    }

    @Test
    void communityJsonHasItsNamesAndRejects() {
        JsonNode c = json(server.admin("/api/ingest/community/" + CHANGCHUN));
        assertThat(c.get("community").get("community_name").asText()).isEqualTo("长春路社区");
        assertThat(c.get("rejects").get("total").asLong()).isEqualTo(3);
        assertThat(rows(c.get("rejects").get("rows"), "line", "code")).containsExactly(
                "3|INVALID_ID_NUMBER", "5|INVALID_ID_NUMBER", "8|DATE_OUTSIDE_PERIOD");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/ingest/files?outcome=accepted",
            "/api/ingest/rejects?code=NOT_A_CODE",
            "/api/ingest/rejects?code=missing_column",
            "/api/ingest/rejects?community=37190200100x",
            "/api/ingest/rejects?community=1'%20OR%20'1'='1",
            "/api/ingest/rejects?limit=0",
            "/api/ingest/rejects?limit=abc",
            "/api/ingest/rejects?offset=-1",
            "/api/ingest/community/abc"})
    void badParametersAre400WithTheErrorShape(String path) {
        HttpResponse<String> r = server.admin(path);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("application/json");
        JsonNode error = json(r);
        assertThat(error.get("code").asText()).isEqualTo("BAD_PARAMETER");
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "\tat ", "commstat.server.");
    }

    @Test
    void badParameterMessageNamesTheValue() {
        JsonNode error = json(server.admin("/api/ingest/files?outcome=accepted"));
        assertThat(error.get("message").asText()).isEqualTo(
                "outcome 'accepted' is not an outcome; one of ingested, rejected, duplicate_ignored, conflict");
    }

    @Test
    void unknownCommunityJsonIs404() {
        HttpResponse<String> r = server.admin("/api/ingest/community/371902009999");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).get("code").asText()).isEqualTo("NOT_FOUND");
        assertThat(json(r).get("message").asText()).isEqualTo("no community 371902009999");
    }

    @Test
    void unknownRoutesAre404JsonUnderApiAndHtmlElsewhere() {
        HttpResponse<String> api = server.admin("/api/nothing/here");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(json(api).get("code").asText()).isEqualTo("NOT_FOUND");

        HttpResponse<String> page = server.admin("/nothing/here");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).containsIgnoringCase("text/html");
        assertThat(page.body()).contains("NOT_FOUND", "/nothing/here");
    }

    @Test
    void concurrentRequestsEachGetTheWholeReport() throws Exception {
        String expected = server.admin("/api/ingest/summary").body();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls =
                    Collections.nCopies(32, () -> server.admin("/api/ingest/summary"));
            for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                assertThat(answer.get().body()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void wrongMethodIs405WithTheErrorShape() throws Exception {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder()
                .uri(server.uri("/api/ingest/summary")).header("Authorization", "Bearer " + server.token("admin"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(json(r).get("code").asText()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void healthIsOkWithTheSnapshot() {
        HttpResponse<String> r = server.get("/health");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode h = json(r);
        assertThat(h.get("status").asText()).isEqualTo("ok");
        assertThat(h.get("snapshot").asText()).startsWith("warehouse-");
        assertThat(h.get("snapshot_age_seconds").asLong()).isBetween(0L, 3600L);
    }

    @Test
    void stylesheetComesFromTheClasspath() {
        HttpResponse<String> r = server.get("/static/style.css");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).contains("text/css");
        assertThat(server.admin("/ingest").body()).contains("href=\"/static/style.css\"").doesNotContain("https://");
    }

    /** Each element's fields joined by {@code |}, for one readable assertion per list. */
    private static List<String> rows(JsonNode array, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : array) {
            List<String> values = new ArrayList<>();
            for (String f : fields) {
                JsonNode v = row.get(f);
                values.add(v == null || v.isNull() ? "null" : v.asText());
            }
            out.add(String.join("|", values));
        }
        return out;
    }
}
