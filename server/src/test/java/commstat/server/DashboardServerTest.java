package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;

import static commstat.server.TestServer.json;
import static commstat.server.MartsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The home, district and community dashboards: stamped with the snapshot, figures per scope. */
class DashboardServerTest {
    @RegisterExtension
    static final MartsServer marts = new MartsServer();

    @Test
    void homeForThePublicShowsThePublishedRatingsOnly() {
        JsonNode j = json(marts.server().get("/api/dashboard/home"));
        assertThat(j.get("snapshot").asText()).isEqualTo(SNAPSHOT);
        assertThat(j.get("run_date").asText()).isEqualTo("2026-03-01");
        assertThat(j.get("headline").get("year").asInt()).isEqualTo(2025);
        assertThat(j.get("headline").get("communities_assessed").asInt()).isEqualTo(5);
        assertThat(j.get("headline").get("ratings").get("FAIL").asInt()).isEqualTo(2);
        assertThat(j.get("headline").has("fund_flags")).isFalse();
        assertThat(j.get("headline").has("expected_submissions")).isFalse();
        assertThat(j.has("last_run")).isFalse();
        HttpResponse<String> page = marts.server().get("/");
        assertThat(page.body()).contains("data as of snapshot", SNAPSHOT, "铁西区", "/charts/ratings.svg?year=2025")
                .doesNotContain("/charts/reporting.svg");
    }

    @Test
    void homeForTheAdministratorAddsTheLastRunAndTheOfficeFigures() {
        JsonNode j = json(marts.server().get("/api/dashboard/home", "admin"));
        assertThat(j.get("headline").get("year").asInt()).isEqualTo(2026);
        assertThat(j.get("last_run").get("status").asText()).isEqualTo("succeeded");
        JsonNode h = json(marts.server().get("/api/dashboard/home", "tiexi")).get("headline");
        assertThat(h.get("year").asInt()).isEqualTo(2026);
    }

    @Test
    void districtDashboardSumsTheReportingOfItsDistrict() {
        JsonNode j = json(marts.server().get("/api/dashboard/district/" + TIEXI + "?year=2025", "tiexi"));
        JsonNode h = j.get("headline");
        assertThat(h.get("expected_submissions").asInt()).isEqualTo(24);
        assertThat(h.get("on_time_submissions").asInt()).isEqualTo(19);
        assertThat(h.get("late_submissions").asInt()).isEqualTo(2);
        assertThat(h.get("missing_submissions").asInt()).isEqualTo(3);
        assertThat(h.get("fund_flags").asInt()).isEqualTo(2);
        assertThat(h.get("art14_required").asInt()).isEqualTo(1);
        assertThat(h.get("fails_needing_review").asInt()).isEqualTo(0);
        assertThat(j.get("ranking")).hasSize(3);
        assertThat(j.get("reporting")).hasSize(2);
        HttpResponse<String> page = marts.server().get("/dashboard/district/" + TIEXI + "?year=2025", "tiexi");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("铁西区", "和平里社区", "data as of snapshot", "19 / 24",
                "/charts/district/" + TIEXI + "/ranking.svg?year=2025");
        assertThat(marts.server().get("/dashboard/district/" + TIEDONG, "tiexi").statusCode()).isEqualTo(404);
        // the district report PDF of the snapshot, linked and served to the office only
        assertThat(j.get("pdf_href").asText()).isEqualTo("/reports/assessment/2025/district/" + TIEXI);
        HttpResponse<String> pdf = marts.server().get("/reports/assessment/2025/district/" + TIEXI, "tiexi");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF").contains("铁西区");
        assertThat(marts.server().get("/reports/assessment/2025/district/" + TIEXI, "otherdistrict").statusCode()).isEqualTo(404);
        assertThat(marts.server().get("/reports/assessment/2024/district/" + TIEXI, "tiexi").statusCode()).isEqualTo(404);
        assertThat(marts.server().get("/reports/assessment/2025/community/" + HEPING, "heping").statusCode()).isEqualTo(200);
        assertThat(marts.server().get("/api/dashboard/district/" + TIEXI).statusCode()).isEqualTo(401);
        assertThat(marts.server().get("/api/dashboard/district/" + TIEXI, "heping").statusCode()).isEqualTo(403);
    }

    @Test
    void communityProfileShowsItsMonths() {
        JsonNode j = json(marts.server().get("/api/dashboard/community/" + HEPING + "?year=2025", "heping"));
        assertThat(j.get("trends")).hasSize(2);
        assertThat(j.get("trends").get(0).get("resident_population").asInt()).isEqualTo(3210);
        assertThat(j.get("trends").get(1).get("registered_unemployed").asInt()).isEqualTo(38);
        assertThat(j.get("trends").get(1).get("active_floating").asInt()).isEqualTo(118);
        HttpResponse<String> page = marts.server().get("/dashboard/community/" + HEPING + "?year=2025", "admin");
        assertThat(page.body()).contains("和平里社区", "3210", "/charts/community/" + HEPING + "/points.svg?year=2025");
        assertThat(marts.server().get("/dashboard/community/" + HEPING, "changchun").statusCode()).isEqualTo(404);
        assertThat(marts.server().get("/dashboard/community/" + HEPING).statusCode()).isEqualTo(302);
        assertThat(marts.server().get("/dashboard/community/" + HEPING, "finance").statusCode()).isEqualTo(403);
    }
}
