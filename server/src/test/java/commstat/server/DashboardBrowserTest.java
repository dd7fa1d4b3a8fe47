package commstat.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import commstat.server.web.Gate;

import static commstat.server.MartsFixture.HEPING;
import static commstat.server.MartsFixture.TIEXI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 6's browser test: headless Chromium, logged in as the administrator through the login form, loads the home,
 * district and community dashboards: no console error, no failed request, every chart image loads. Screenshots go
 * to {@code server/target/browser/}.
 */
class DashboardBrowserTest {
    @TempDir
    static Path tmp;
    static TestServer server;
    static HeadlessChromium chromium;
    static Browser session;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Path.of(HeadlessChromium.BINARY)).as("chromium is installed (.ci/run installs it)").isExecutable();
        server = new TestServer(MartsFixture.write(tmp.resolve("root")));
        session = new Browser(server);
        assertThat(session.login("admin", TestServer.PASSWORD, "/").statusCode()).isEqualTo(303);
        assertThat(session.cookies).containsKey(Gate.SESSION_COOKIE);
        chromium = new HeadlessChromium(tmp.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    @Test
    void homeLoadsWithoutErrorsAndItsChartsShow() throws Exception {
        check("/?year=2025", "home", 2);
    }

    @Test
    void districtDashboardLoadsWithoutErrorsAndItsChartsShow() throws Exception {
        check("/dashboard/district/" + TIEXI + "?year=2025", "district", 2);
    }

    @Test
    void communityProfileLoadsWithoutErrorsAndItsChartsShow() throws Exception {
        check("/dashboard/community/" + HEPING + "?year=2025", "community", 3);
    }

    private static void check(String path, String name, int charts) throws Exception {
        String origin = server.uri("/").toString();
        Path shot = Path.of("target", "browser", name + ".png");
        HeadlessChromium.PageLoad load = chromium.load(origin, session.cookies, server.uri(path).toString(), shot);
        assertThat(load.errors()).as(path + " console and network errors").isEmpty();
        assertThat(load.images()).as(path + " chart images").isEqualTo(charts);
        assertThat(load.brokenImages()).as(path + " images that did not load").isEmpty();
        assertThat(load.title()).as(path + " title").isNotBlank();
        assertThat(shot).exists();
        assertThat(Files.size(shot)).isGreaterThan(10_000);
    }
}
