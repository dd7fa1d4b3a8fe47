package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static commstat.server.TestServer.json;
import static commstat.server.MartsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Rankings and community assessments, JSON and HTML, for each role of domain.md. */
class AssessmentServerTest {
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
    void publicCityRankingShowsRatingsAndRanksOnly() {
        HttpResponse<String> r = server.get("/api/assessment/2025/rankings");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode j = json(r);
        assertThat(j.get("snapshot").asText()).isEqualTo(SNAPSHOT);
        List<String> order = new ArrayList<>();
        j.get("rows").forEach(row -> order.add(row.get("community_code").asText()));
        assertThat(order).containsExactly(CHANGCHUN, GUANGMING, HEPING, XINHUA, XINGFU);
        JsonNode first = j.get("rows").get(0);
        assertThat(first.get("community_name").asText()).isEqualTo("长春路社区");
        assertThat(first.get("rating").asText()).isEqualTo("EXCELLENT");
        assertThat(first.has("score")).isFalse();
        assertThat(first.has("p05_district_rank")).isFalse();
        assertThat(j.has("consequences")).isFalse();
        assertThat(j.has("not_assessed")).isFalse();
        // the provisional year is not offered to the public
        assertThat(j.get("years").toString()).isEqualTo("[2025]");
        assertThat(server.get("/api/assessment/2026/rankings").statusCode()).isEqualTo(404);
    }

    @Test
    void districtOfficeSeesItsDistrictsScoresAndIntervalsEqualToTheParquet() throws Exception {
        JsonNode j = json(server.get("/api/assessment/2025/rankings?district=" + TIEXI, "tiexi"));
        assertThat(j.get("district_name").asText()).isEqualTo("铁西区");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT s.community_code, s.score, s.district_rank, u.p05_district_rank, "
                     + "u.p95_district_rank, u.p_below_pass FROM read_parquet('" + snap("assessment_scores")
                     + "') s JOIN read_parquet('" + snap("assessment_uncertainty") + "') u USING (year, community_code) "
                     + "WHERE s.year = 2025 AND s.district_code = '" + TIEXI + "' ORDER BY s.district_rank")) {
            int i = 0;
            while (rs.next()) {
                JsonNode row = j.get("rows").get(i++);
                assertThat(row.get("community_code").asText()).isEqualTo(rs.getString(1));
                assertThat(row.get("score").decimalValue()).isEqualByComparingTo(rs.getBigDecimal(2));
                assertThat(row.get("district_rank").asInt()).isEqualTo(rs.getInt(3));
                assertThat(row.get("p05_district_rank").asInt()).isEqualTo(rs.getInt(4));
                assertThat(row.get("p95_district_rank").asInt()).isEqualTo(rs.getInt(5));
                assertThat(row.get("p_below_pass").decimalValue()).isEqualByComparingTo(rs.getBigDecimal(6));
            }
            assertThat(i).isEqualTo(3).isEqualTo(j.get("rows").size());
        }
        assertThat(j.get("consequences")).hasSize(2);
        // the provisional year is there for the office
        assertThat(j.get("years").toString()).isEqualTo("[2026,2025]");
    }

    @Test
    void districtOfficeSeesAnotherDistrictAsThePublicDoes() {
        JsonNode j = json(server.get("/api/assessment/2025/rankings?district=" + TIEDONG, "tiexi"));
        assertThat(j.get("rows")).hasSize(2);
        assertThat(j.get("rows").get(0).has("score")).isFalse();
        assertThat(j.has("consequences")).isFalse();
        assertThat(j.has("not_assessed")).isFalse();
    }

    @Test
    void communityExplanationCarriesTheCountsForItsCommittee() {
        JsonNode j = json(server.get("/api/assessment/2025/community/" + HEPING, "heping"));
        JsonNode timeliness = null;
        for (JsonNode i : j.get("indicators")) {
            if (i.get("indicator").asText().equals("timeliness")) {
                timeliness = i;
            }
        }
        assertThat(timeliness).isNotNull();
        assertThat(timeliness.get("points_lost").decimalValue()).isEqualByComparingTo(new BigDecimal("5.8333333333"));
        assertThat(timeliness.get("numerator").decimalValue()).isEqualByComparingTo("34");
        assertThat(timeliness.get("denominator").decimalValue()).isEqualByComparingTo("48");
        assertThat(timeliness.get("explanation").asText()).startsWith("5.83 points lost on timeliness: 14 of 48");
        assertThat(j.get("ranking").get("score").decimalValue()).isEqualByComparingTo("72.10");
        assertThat(j.get("ranking").has("p05_district_rank")).isFalse();
        // another committee sees only the public line
        JsonNode other = json(server.get("/api/assessment/2025/community/" + HEPING, "changchun"));
        assertThat(other.has("indicators")).isFalse();
        assertThat(other.get("ranking").has("score")).isFalse();
    }

    @Test
    void financeSeesConsequencesOnTheCityPage() {
        JsonNode j = json(server.get("/api/assessment/2025/rankings", "finance"));
        assertThat(j.get("consequences")).hasSize(3);
        assertThat(j.get("consequences").get(0).get("community_code").asText()).isEqualTo(XINGFU);
        assertThat(j.get("consequences").get(1).get("needs_review").asBoolean()).isTrue();
        assertThat(j.get("rows").get(0).has("score")).isFalse();
    }

    @Test
    void badParametersAre400AndUnknownUnits404WithCodeAndMessage() {
        HttpResponse<String> bad = server.get("/api/assessment/20x5/rankings");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("code").asText()).isEqualTo("BAD_PARAMETER");
        assertThat(json(bad).get("message").asText()).contains("20x5");
        HttpResponse<String> none = server.get("/api/assessment/2025/rankings?district=999999");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).get("message").asText()).contains("999999");
        assertThat(server.get("/api/assessment/2025/community/371903001003").statusCode()).isEqualTo(404);
    }

    @Test
    void rankingPageIsSortableEscapedAndShowsBadges() {
        HttpResponse<String> r = server.get("/assessment/district/" + TIEDONG + "?year=2025&sort=name", "admin");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("铁东区", "光明社区", "badge rating-FAIL", "data as of snapshot",
                SNAPSHOT, "新华&lt;i&gt;社区").doesNotContain("新华<i>社区");
        assertThat(r.body().indexOf("光明社区")).isLessThan(r.body().indexOf("新华&lt;i&gt;社区"));
        HttpResponse<String> byScore = server.get("/assessment?year=2025&sort=score&dir=desc", "admin");
        // descending on "score" reverses the best-first order: the lowest score first
        assertThat(byScore.body().indexOf("幸福村社区")).isLessThan(byScore.body().indexOf("长春路社区"));
        assertThat(byScore.body()).contains("[2–3]", "55.25");
        HttpResponse<String> pub = server.get("/assessment");
        assertThat(pub.body()).contains("长春路社区", "EXCELLENT").doesNotContain("88.50", "rank interval");
    }

    @Test
    void communityPageShowsTheExplanation() {
        HttpResponse<String> r = server.get("/assessment/community/" + HEPING + "?year=2025", "tiexi");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("和平里社区", "长春路街道", "5.83 points lost on timeliness: 14 of 48",
                "34 / 48", "72.10", "missing");
        HttpResponse<String> bad = server.get("/assessment/community/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("BAD_PARAMETER").doesNotContain("Exception");
    }

    private static String snap(String table) {
        return root.resolve("snapshots").resolve(SNAPSHOT).resolve(table).resolve("*.parquet").toString();
    }
}
