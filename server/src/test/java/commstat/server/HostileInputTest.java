package commstat.server;

import commstat.server.web.HttpMethod;
import commstat.server.web.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SQL-injection and script payloads in every path parameter of every GET route of the table, and in every query
 * parameter the routes read, as the administrator (who passes every gate): no answer is a server error, no HTML
 * page carries a payload unescaped, and afterwards the data is what it was.
 */
class HostileInputTest {
    static final List<String> PAYLOADS = List.of(
            "1' OR '1'='1",
            "'; DROP TABLE ingest_files; --",
            "371902001002' --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>");
    /** Every query parameter the server's routes read (ingest, dashboards, rankings, finance, runs, login). */
    static final List<String> QUERY_PARAMS = List.of("community", "code", "outcome", "limit", "offset", "year",
            "district", "quarter", "dataset", "period", "lang", "next", "q", "month", "indicator", "sort", "status",
            "street", "format", "id");

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
    void payloadsInEveryParameterLeaveDataAndPagesIntact() {
        String summaryBefore = server.admin("/api/ingest/summary").body();
        String pageBefore = server.admin("/ingest").body();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route r : ServerApp.routeTable(server.app()).routes()) {
            if (r.method() != HttpMethod.GET) {
                continue;
            }
            for (String payload : PAYLOADS) {
                String enc = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
                List<String> paths = new ArrayList<>();
                if (r.path().contains("{")) {
                    paths.add(r.path().replaceAll("\\{[^}]+}", enc));
                }
                String base = r.path().replaceAll("\\{[^}]+}", WarehouseFixture.HEPING);
                StringBuilder q = new StringBuilder(base).append('?');
                for (String name : QUERY_PARAMS) {
                    q.append(name).append('=').append(enc).append('&');
                }
                paths.add(q.toString());
                for (String path : paths) {
                    requests++;
                    HttpResponse<String> resp = server.admin(path);
                    String type = resp.headers().firstValue("Content-Type").orElse("");
                    int status = resp.statusCode();
                    if (status >= 500 && status != 503) {
                        failures.add(path + " → " + status + " " + clip(resp.body()));
                    }
                    if (type.contains("text/html") && (resp.body().contains("<script>alert(1)")
                            || resp.body().contains("<img src=x onerror"))) {
                        failures.add(path + " → unescaped payload in the page");
                    }
                    if (resp.body().contains("\tat ") || resp.body().contains("Exception")) {
                        failures.add(path + " → a stack trace in the answer");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(requests).isGreaterThan(20);
        assertThat(server.admin("/api/ingest/summary").body()).isEqualTo(summaryBefore);
        assertThat(server.admin("/ingest").body()).isEqualTo(pageBefore);
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
