package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static commstat.server.TestServer.json;
import static commstat.server.MartsFixture.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The finance view: flags, balances, Art. 6 allocations and withheld funds, for each role. */
class FinanceServerTest {
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
    void financeSeesTheCityAllocationsAndGapsEqualToTheParquet() throws Exception {
        JsonNode j = json(server.get("/api/funds/overview?year=2025", "finance"));
        assertThat(j.get("allocations")).hasSize(3);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT a.unit_code, a.required_cny, a.shortfall_cny, w.gap_cny, w.is_flagged "
                     + "FROM read_parquet('" + snap("art6_allocations") + "') a JOIN read_parquet('"
                     + snap("withheld_funds") + "') w USING (year, level, unit_code) ORDER BY a.level, a.unit_code")) {
            int i = 0;
            while (rs.next()) {
                JsonNode a = j.get("allocations").get(i++);
                assertThat(a.get("unit_code").asText()).isEqualTo(rs.getString(1));
                assertThat(a.get("required_cny").decimalValue()).isEqualTo(rs.getBigDecimal(2));
                assertThat(a.get("shortfall_cny").decimalValue()).isEqualTo(rs.getBigDecimal(3));
                assertThat(a.get("gap_cny").decimalValue()).isEqualTo(rs.getBigDecimal(4));
                assertThat(a.get("is_flagged").asBoolean()).isEqualTo(rs.getBoolean(5));
            }
            assertThat(i).isEqualTo(3);
        }
        assertThat(j.get("flag_counts")).hasSize(2);
    }

    @Test
    void districtOfficeSeesOnlyItsDistrict() {
        JsonNode j = json(server.get("/api/funds/overview?year=2025", "tiexi"));
        assertThat(j.get("district_code").asText()).isEqualTo(TIEXI);
        assertThat(j.get("allocations")).hasSize(1);
        assertThat(j.get("allocations").get(0).get("unit_name").asText()).isEqualTo("铁西区");
        assertThat(j.get("flag_counts")).hasSize(1);
        assertThat(j.get("flag_counts").get(0).get("community_code").asText()).isEqualTo(HEPING);
        assertThat(server.get("/api/funds/overview?district=" + TIEDONG, "tiexi").statusCode())
                .isEqualTo(404);
        assertThat(server.get("/api/funds/community/" + GUANGMING, "tiexi").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/funds/community/" + GUANGMING, "tiexifinance").statusCode()).isEqualTo(404);
        assertThat(server.get("/api/funds/community/" + HEPING, "tiexifinance").statusCode()).isEqualTo(200);
        assertThat(server.get("/api/funds/community/" + GUANGMING, "finance").statusCode()).isEqualTo(200);
    }

    @Test
    void publicAndCommitteeLackTheFunction() {
        HttpResponse<String> r = server.get("/api/funds/overview", "heping");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(server.get("/api/funds/community/" + HEPING, "heping").statusCode()).isEqualTo(403);
        assertThat(server.get("/api/funds/overview").statusCode()).isEqualTo(401);
        assertThat(server.get("/finance").statusCode()).isEqualTo(302);
    }

    @Test
    void communityBalancesReconcileAndFlagsCarryTheirWhy() {
        JsonNode j = json(server.get("/api/funds/community/" + HEPING + "?year=2025", "admin"));
        assertThat(j.get("community_name").asText()).isEqualTo("和平里社区");
        assertThat(j.get("balances")).hasSize(2);
        for (JsonNode b : j.get("balances")) {
            assertThat(b.get("opening_cny").decimalValue().add(b.get("income_cny").decimalValue())
                    .subtract(b.get("spending_cny").decimalValue())).isEqualTo(b.get("closing_cny").decimalValue());
        }
        assertThat(j.get("flags")).hasSize(2);
        assertThat(json(server.get("/api/funds/flags?year=2025&flag=OFF_BOOK_ACCOUNT", "admin"))).hasSize(1);
        HttpResponse<String> bad = server.get("/api/funds/flags?flag=NOPE", "admin");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("message").asText()).contains("NOPE");
    }

    @Test
    void pagesShowChineseNamesAndMoney() {
        HttpResponse<String> o = server.get("/finance?year=2025", "finance");
        assertThat(o.statusCode()).isEqualTo(200);
        assertThat(o.body()).contains("铁西区", "和平里社区", "光明社区", "100,150.00", "gap over 1%", "data as of snapshot");
        HttpResponse<String> c = server.get("/finance/community/" + HEPING, "tiexi");
        assertThat(c.statusCode()).isEqualTo(200);
        assertThat(c.body()).contains("和平里社区", "-120.50", "DUPLICATE_PAYMENT", "repeats T-12");
    }

    private static String snap(String table) {
        return root.resolve("snapshots").resolve(SNAPSHOT).resolve(table).resolve("*.parquet").toString();
    }
}
