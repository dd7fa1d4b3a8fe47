package commstat.server.features;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static commstat.server.features.FeatureServer.json;
import static commstat.server.features.MartsFixture.TIEXI;
import static org.assertj.core.api.Assertions.assertThat;

/** The run history from {@code <root>/runs/}: ADMIN and DISTRICT only; failed and unreadable runs shown. */
class RunHistoryServerTest {
    @TempDir
    static Path tmp;
    static FeatureServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new FeatureServer(MartsFixture.write(tmp.resolve("root")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsRunsNewestFirstWithStatusAndTimes() {
        JsonNode runs = json(server.get("/api/runs", "ADMIN")).get("runs");
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).get("run_id").asText()).isEqualTo("20260301T020000-1");
        assertThat(runs.get(0).get("status").asText()).isEqualTo("succeeded");
        assertThat(runs.get(0).get("millis").asLong()).isEqualTo(12500);
        assertThat(runs.get(0).get("stages").get(0).get("details").get(0).get("value").asText()).isEqualTo("31022");
        assertThat(runs.get(1).get("status").asText()).isEqualTo("failed");
        assertThat(runs.get(1).get("exit_code").asInt()).isEqualTo(3);
        assertThat(runs.get(2).get("status").asText()).isEqualTo("unreadable");
    }

    @Test
    void districtMaySeeItOthersMayNot() {
        assertThat(server.get("/api/runs", "DISTRICT:" + TIEXI).statusCode()).isEqualTo(200);
        for (String who : new String[] {null, "FINANCE", "COMMITTEE:371902001001"}) {
            HttpResponse<String> r = server.get("/api/runs", who);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("code").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(server.get("/runs").statusCode()).isEqualTo(403);
    }

    @Test
    void runPageShowsStagesAndEscapedErrors() {
        HttpResponse<String> r = server.get("/runs/20260228T020000-1", "ADMIN");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("failed", "assess", "files: 30990", "not 1 &lt;b&gt;").doesNotContain("not 1 <b>");
        assertThat(server.get("/runs", "ADMIN").body()).contains("20260301T020000-1", "12.5", "unreadable");
        assertThat(server.get("/api/runs/nope", "ADMIN").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/runs/..%2Fcurrent", "ADMIN").statusCode()).isIn(400, 404);
    }
}
