package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The run history from {@code <root>/runs/}: ADMIN and DISTRICT only; failed and unreadable runs shown. */
class RunHistoryServerTest {
    @RegisterExtension
    static final MartsServer marts = new MartsServer();

    @Test
    void listsRunsNewestFirstWithStatusAndTimes() {
        JsonNode runs = json(marts.server().get("/api/runs", "admin")).get("runs");
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
        assertThat(marts.server().get("/api/runs", "tiexi").statusCode()).isEqualTo(200);
        for (String who : new String[] {"finance", "changchun"}) {
            HttpResponse<String> r = marts.server().get("/api/runs", who);
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(json(r).get("code").asText()).isEqualTo("FORBIDDEN");
        }
        assertThat(marts.server().get("/api/runs").statusCode()).isEqualTo(401);
        assertThat(marts.server().get("/runs").statusCode()).isEqualTo(302);
    }

    @Test
    void runPageShowsStagesAndEscapedErrors() {
        HttpResponse<String> r = marts.server().get("/runs/20260228T020000-1", "admin");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("failed", "assess", "files: 30990", "not 1 &lt;b&gt;").doesNotContain("not 1 <b>");
        assertThat(marts.server().get("/runs", "admin").body()).contains("20260301T020000-1", "12.5", "unreadable");
        assertThat(marts.server().get("/api/runs/20250101T000000-9", "admin").statusCode()).isEqualTo(404);
        assertThat(marts.server().get("/api/runs/nope", "admin").statusCode()).isEqualTo(400);
        assertThat(marts.server().get("/api/runs/..%2Fcurrent", "admin").statusCode()).isIn(400, 404);
    }
}
