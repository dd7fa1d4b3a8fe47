package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page of the roles that see the last run is cached per state of the runs folder: a settled folder gives
 * a cached answer (with an ETag, 304 on revalidation), and a run record written as the nightly writes it (a
 * temporary file renamed) shows on the very next request.
 */
class HomeRunStatusTest {
    @TempDir
    static Path tmp;
    static TestServer server;
    static Path runs;

    @BeforeAll
    static void start() throws Exception {
        Path root = MartsFixture.write(tmp.resolve("root"));
        runs = root.resolve("runs");
        settle(60);
        server = new TestServer(root);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Sets the runs folder's time {@code minutes} back, as if its last change were that old. */
    private static void settle(int minutes) throws Exception {
        Files.setLastModifiedTime(runs, FileTime.from(Instant.now().minus(minutes, ChronoUnit.MINUTES)));
    }

    @Test
    void aSettledRunsFolderGivesACachedHomeAndANewRecordShowsAtOnce() throws Exception {
        for (String path : new String[] {"/api/dashboard/home", "/"}) {
            HttpResponse<String> first = server.admin(path);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + " not cached"));
            HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri(path))
                    .header("Authorization", "Bearer " + server.token("admin")).header("Accept-Language", "en")
                    .header("If-None-Match", etag));
            assertThat(again.statusCode()).as(path).isEqualTo(304);
        }
        assertThat(json(server.admin("/api/dashboard/home")).get("last_run").get("status").asText())
                .isEqualTo("succeeded");
        String settledTag = server.admin("/api/dashboard/home").headers().firstValue("ETag").orElseThrow();

        // the nightly of 2026-03-02 fails: its record is written to a temporary file and renamed
        Path temp = runs.resolve(".20260302T020000-1.json.tmp");
        Files.writeString(temp, """
                {"format_version": 1, "run_id": "20260302T020000-1", "status": "failed", "exit_code": 3,
                 "started_at": "2026-03-02T02:00:00.000+08:00", "finished_at": "2026-03-02T02:00:03.000+08:00",
                 "run_date": "2026-03-02", "error": "ingest: the landing area is not readable", "stages": []}
                """);
        Files.move(temp, runs.resolve("20260302T020000-1.json"), StandardCopyOption.ATOMIC_MOVE);
        HttpResponse<String> fresh = server.admin("/api/dashboard/home");
        JsonNode lastRun = json(fresh).get("last_run");
        assertThat(lastRun.get("run_id").asText()).isEqualTo("20260302T020000-1");
        assertThat(lastRun.get("status").asText()).isEqualTo("failed");
        assertThat(fresh.headers().firstValue("ETag")).as("a folder that just changed is not cached").isEmpty();
        assertThat(server.admin("/").body()).contains("20260302T020000-1");

        settle(30);
        HttpResponse<String> cached = server.admin("/api/dashboard/home");
        assertThat(json(cached).get("last_run").get("run_id").asText()).isEqualTo("20260302T020000-1");
        assertThat(cached.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(settledTag);
        // the public's home never shows runs and is cached whatever the folder does
        HttpResponse<String> anonymous = server.get("/api/dashboard/home");
        assertThat(json(anonymous).has("last_run")).isFalse();
        assertThat(anonymous.headers().firstValue("ETag")).isPresent();
    }
}
