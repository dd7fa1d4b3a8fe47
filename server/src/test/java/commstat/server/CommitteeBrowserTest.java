package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static commstat.server.MartsFixture.HEPING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7's browser test: a committee member, in headless Chromium with a Chinese browser, opens the upload page,
 * is sent to the login form, fills it in and submits it, chooses the dataset, types the period, picks a contract
 * file with bad rows on the file input and submits the upload form (the page's own script posts it); the page lists
 * the rejected rows; then the member follows the menu to the rankings. No console error on the way. Screenshots go
 * to {@code server/target/browser/}.
 */
class CommitteeBrowserTest {
    /** The submission's contract name; lines 3, 5, 6 and 7 are bad (header is line 1). */
    static final String FILE_NAME = HEPING + "_employment_2025-02_20250304T101530.csv";
    static final String EMPLOYMENT = """
            事件编号,身份证号,户编号,事件类型,日期,困难类别
            JY20250200001,220102198205210999,H0010010003,ZERO_HOUSEHOLD_CLEARED,2025-02-03,零就业家庭成员
            JY20250200002,220102199506239045,H0010010029,EMPLOYED,2025-02-03,
            JY20250200003,220102199803194786,H0010010017,实现就业,2025-02-05,
            JY20250200004,220102199803194786,H0010010017,EMPLOYED,2025-03-09,
            JY20250200005,220102198205210999,H0010010003,跳槽,2025-02-10,
            JY20250200001,220102199803194786,H0010010017,TRAINING,2025-02-12,
            """;
    /** Without the ID column: rejected whole, nothing stored. */
    static final String NO_ID_COLUMN = """
            事件编号,户编号,事件类型,日期,困难类别
            JY20250100001,H0010010003,ZERO_HOUSEHOLD_CLEARED,2025-01-03,零就业家庭成员
            """;

    @TempDir
    static Path tmp;
    static Path landing;
    static TestServer server;
    static HeadlessChromium chromium;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Path.of(HeadlessChromium.BINARY)).as("chromium is installed (.ci/run installs it)").isExecutable();
        landing = LandingFixture.write(tmp.resolve("landing"));
        server = new TestServer(MartsFixture.write(tmp.resolve("root")), c -> c.withLanding(landing));
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
    void aCommitteeLogsInUploadsAFileSeesItsRejectedRowsAndOpensTheRankings() throws Exception {
        Path file = Files.writeString(tmp.resolve(FILE_NAME), EMPLOYMENT, StandardCharsets.UTF_8);
        try (HeadlessChromium.Tab tab = chineseTab()) {
            String upload = "/communities/" + HEPING + "/upload";
            tab.navigate(server.uri(upload).toString());
            assertThat(tab.eval("location.pathname").asText()).as("an anonymous visitor is sent to log in")
                    .isEqualTo("/login");
            tab.type("#login-form input[name=user]", "heping");
            tab.type("#login-form input[name=password]", TestServer.PASSWORD);
            tab.screenshot(Path.of("target", "browser", "login.png"));
            tab.clickAndWait("#login-form button[type=submit]");
            assertThat(tab.eval("location.pathname").asText()).as("back on the page asked for").isEqualTo(upload);
            assertThat(tab.eval("document.querySelector('#who').textContent").asText()).contains("heping");

            tab.choose("#dataset", "employment");
            tab.type("#period", "2025-02");
            tab.chooseFiles("#file", file);
            tab.click("#upload-submit");
            tab.waitFor("document.querySelector('#upload-rejects')", Duration.ofSeconds(20));
            tab.screenshot(Path.of("target", "browser", "upload-result.png"));

            String stored = HEPING + "_employment_2025-02_";
            assertThat(tab.eval("document.querySelector('#upload-status').textContent").asText())
                    .as("the status line, in Chinese").contains("已保存为 " + stored, "接受 2 行", "拒绝 4 行");
            assertThat(rows(tab, "#upload-rejects tr")).containsExactly(
                    List.of("行", "列", "代码", "说明"),
                    List.of("3", "id_number", "INVALID_ID_NUMBER"),
                    List.of("5", "event_date", "DATE_OUTSIDE_PERIOD"),
                    List.of("6", "event_type", "BAD_VALUE"),
                    List.of("7", "event_id", "DUPLICATE_KEY"));
            assertThat(messages(tab)).as("every rejected row says why").hasSize(4).allSatisfy(m -> assertThat(m)
                    .hasSizeGreaterThan(5));
            try (var inbox = Files.list(landing.resolve("inbox"))) {
                assertThat(inbox.map(p -> p.getFileName().toString())).singleElement().asString()
                        .startsWith(stored).endsWith(".csv");
            }

            tab.clickAndWait("header nav a[href='/assessment']");
            if (!tab.eval("location.search").asText().contains("year=2025")) {
                tab.clickAndWait("nav.years a[href*='year=2025']");
            }
            tab.screenshot(Path.of("target", "browser", "rankings.png"));
            assertThat(tab.eval("document.querySelector('h1').textContent").asText()).contains("城市排名", "2025");
            assertThat(column(tab, "#ranking tbody tr td:nth-child(4)")).as("community names, city rank order")
                    .containsExactly("长春路社区", "光明社区", "和平里社区", "新华<i>社区", "幸福村社区");
            assertThat(tab.errors()).as("console and network errors").isEmpty();
        }
    }

    @Test
    void aFileRejectedWholeShowsTheReasonAndIsNotStored() throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("whole")).resolve(
                HEPING + "_employment_2025-01_20250201T080000.csv"), NO_ID_COLUMN, StandardCharsets.UTF_8);
        try (HeadlessChromium.Tab tab = chineseTab()) {
            tab.navigate(server.uri("/login?next=/communities/" + HEPING + "/upload").toString());
            tab.type("#login-form input[name=user]", "heping");
            tab.type("#login-form input[name=password]", TestServer.PASSWORD);
            tab.clickAndWait("#login-form button[type=submit]");
            tab.choose("#dataset", "employment");
            tab.type("#period", "2025-01");
            tab.chooseFiles("#file", file);
            tab.click("#upload-submit");
            tab.waitFor("document.querySelector('#upload-status')", Duration.ofSeconds(20));
            tab.screenshot(Path.of("target", "browser", "upload-rejected-whole.png"));
            assertThat(tab.eval("document.querySelector('#upload-status').className").asText()).isEqualTo("error");
            assertThat(tab.eval("document.querySelector('#upload-status').textContent").asText())
                    .startsWith("整体拒绝，未保存：").contains("id_number");
            assertThat(rows(tab, "#upload-rejects tr")).as("the reason, as the validator gives it")
                    .containsExactly(List.of("行", "列", "代码", "说明"), List.of("2", "id_number", "MISSING_COLUMN"));
            // The answer is a 422 the page shows; the browser reports that response (network and log), nothing else.
            assertThat(tab.errors()).isNotEmpty().allSatisfy(e -> assertThat(e).contains(" 422 ")
                    .endsWith("/api/communities/" + HEPING + "/uploads"));
            assertThat(landing.resolve("inbox").resolve(file.getFileName())).doesNotExist();
        }
    }

    /** A tab whose browser asks for Chinese first, as a committee's would. */
    private static HeadlessChromium.Tab chineseTab() throws Exception {
        HeadlessChromium.Tab tab = chromium.open();
        tab.call("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", "zh-CN,zh;q=0.9")));
        return tab;
    }

    /** The first three cells (or the header cells) of each row. */
    private static List<List<String>> rows(HeadlessChromium.Tab tab, String selector) throws Exception {
        JsonNode rows = tab.eval("[...document.querySelectorAll(" + jsString(selector) + ")].map(tr => "
                + "[...tr.children].map(c => c.textContent.trim()))");
        List<List<String>> out = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (JsonNode c : row) {
                cells.add(c.asText());
            }
            out.add(row.get(0).asText().equals("行") ? cells : cells.subList(0, 3));
        }
        return out;
    }

    private static List<String> messages(HeadlessChromium.Tab tab) throws Exception {
        return column(tab, "#upload-rejects tr td:nth-child(4)");
    }

    private static List<String> column(HeadlessChromium.Tab tab, String selector) throws Exception {
        List<String> out = new ArrayList<>();
        tab.eval("[...document.querySelectorAll(" + jsString(selector) + ")].map(c => c.textContent.trim())")
                .forEach(c -> out.add(c.asText()));
        return out;
    }

    private static String jsString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
