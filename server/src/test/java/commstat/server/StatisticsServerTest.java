package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Public statistics: suppressed for the public and other units, exact for the street's office. */
class StatisticsServerTest {
    private static final String TABLE = "/api/statistics/371902001/2025-01/floating_by_reason";
    @RegisterExtension
    static final MartsServer marts = new MartsServer();

    @Test
    void thePublicSeesTheSuppressedValues() {
        JsonNode t = json(marts.server().get(TABLE));
        assertThat(t.get("exact").asBoolean()).isFalse();
        assertThat(t.get("street_name").asText()).isEqualTo("长春路街道");
        assertThat(t.get("rows").get(0).get("label").asText()).isEqualTo("长春路社区");
        assertThat(t.get("rows").get(0).get("cells").get(0).get("value").asText()).isEqualTo("<5");
        assertThat(t.get("rows").get(1).get("cells").get(1).get("value").asText()).isEqualTo("x");
        assertThat(t.get("rows").get(2).get("key").asText()).isEqualTo("TOTAL");
        for (String other : new String[] {"otherdistrict", "heping", "finance"}) {
            assertThat(json(marts.server().get(TABLE, other)).get("exact").asBoolean()).as(other).isFalse();
        }
    }

    @Test
    void theStreetsOfficeSeesExactCountsWithExactTotals() {
        JsonNode t = json(marts.server().get(TABLE, "tiexi"));
        assertThat(t.get("exact").asBoolean()).isTrue();
        // 长春路社区: WORK 3, STUDY 2; 和平里社区: WORK 100, STUDY 8 (floating_active_monthly)
        assertThat(t.get("rows").get(0).get("cells").get(0).get("value").asText()).isEqualTo("3");
        assertThat(t.get("rows").get(0).get("cells").get(2).get("value").asText()).isEqualTo("5");
        assertThat(t.get("rows").get(1).get("cells").get(1).get("value").asText()).isEqualTo("8");
        assertThat(t.get("rows").get(2).get("cells").get(2).get("value").asText()).isEqualTo("113");
        assertThat(json(marts.server().get(TABLE, "admin")).get("exact").asBoolean()).isTrue();
    }

    @Test
    void pageAndErrors() {
        HttpResponse<String> page = marts.server().get("/statistics?street=371902001&period=2025-01");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("长春路社区", "和平里社区", "&lt;5", "合计", "public values, suppressed");
        assertThat(marts.server().get("/api/statistics").statusCode()).isEqualTo(200);
        assertThat(marts.server().get("/api/statistics/371902001/2025-13/floating_by_reason").statusCode()).isEqualTo(400);
        assertThat(marts.server().get("/api/statistics/371902001/2025-01/people").statusCode()).isEqualTo(400);
        assertThat(marts.server().get("/api/statistics/371902009/2025-01/floating_by_reason").statusCode()).isEqualTo(404);
    }
}
