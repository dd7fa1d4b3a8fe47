package commstat.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static commstat.server.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Login form, session cookie, CSRF on form posts, logout, throttling, and the languages. */
class LoginTest {
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
    void aPageRedirectsToLoginAndBackAfterIt() {
        Browser b = new Browser(server);
        HttpResponse<String> page = b.get("/ingest/community/" + WarehouseFixture.HEPING);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fingest%2Fcommunity%2F"
                + WarehouseFixture.HEPING);

        HttpResponse<String> login = b.login("heping", TestServer.PASSWORD, "/ingest/community/" + WarehouseFixture.HEPING);
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).hasValue("/ingest/community/" + WarehouseFixture.HEPING);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("commstat_session=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly", "SameSite=Strict").doesNotContain("Secure");

        HttpResponse<String> own = b.get("/ingest/community/" + WarehouseFixture.HEPING);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("和平里社区", "id=\"who\">heping");
        assertThat(b.get("/ingest/community/" + WarehouseFixture.CHANGCHUN).statusCode()).isEqualTo(404);
        assertThat(b.get("/ingest").statusCode()).isEqualTo(403);
        assertThat(json(b.get("/api/me")).get("unit").asText()).isEqualTo(WarehouseFixture.HEPING);
    }

    @Test
    void behindTlsTheCookieIsSecure() {
        HttpResponse<String> form = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("X-Forwarded-Proto", "https"));
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c ->
                assertThat(c).startsWith("commstat_csrf=").contains("Secure", "HttpOnly", "SameSite=Strict"));
    }

    @Test
    void formPostsWithoutTheCsrfTokenAreRefused() {
        Browser b = new Browser(server);
        b.get("/login");
        HttpResponse<String> noToken = b.post("/login", Map.of("user", "admin", "password", TestServer.PASSWORD));
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("CSRF_TOKEN_MISSING");
        HttpResponse<String> wrongToken = b.post("/login",
                Map.of("_csrf", "forged", "user", "admin", "password", TestServer.PASSWORD));
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(b.cookies).doesNotContainKey("commstat_session");

        assertThat(b.login("admin", TestServer.PASSWORD, "/").statusCode()).isEqualTo(303);
        // Logged in: the session's own token is needed; the pre-login one no longer works.
        HttpResponse<String> logout = b.post("/logout", Map.of());
        assertThat(logout.statusCode()).isEqualTo(403);
        assertThat(b.get("/ingest").statusCode()).isEqualTo(200);
        String token = Browser.csrfOf(b.get("/ingest").body());
        assertThat(b.post("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(303);
        assertThat(b.get("/ingest").statusCode()).isEqualTo(302);
    }

    @Test
    void wrongPasswordsAreThrottled() {
        Browser b = new Browser(server);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = b.login("tiexi", "wrong password " + i, "/");
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Wrong user name or password.");
        }
        HttpResponse<String> sixth = b.login("tiexi", TestServer.PASSWORD, "/");
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
        assertThat(b.cookies).doesNotContainKey("commstat_session");
    }

    @Test
    void nextMayOnlyBeAPathOfThisSite() {
        Browser b = new Browser(server);
        HttpResponse<String> r = b.login("finance", TestServer.PASSWORD, "//evil.example/x");
        assertThat(r.headers().firstValue("Location")).hasValue("/");
    }

    @Test
    void unknownTokensAre401() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/api/ingest/summary"))
                .header("Authorization", "Bearer nope"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).get("code").asText()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void pagesSpeakChineseByDefaultAndEnglishOnRequest() {
        HttpResponse<String> zh = server.send(HttpRequest.newBuilder(server.uri("/login")));
        assertThat(zh.body()).contains("<html lang=\"zh-CN\">", "用户名", "密码");
        HttpResponse<String> en = server.send(HttpRequest.newBuilder(server.uri("/login"))
                .header("Accept-Language", "en-GB,en;q=0.9,zh;q=0.5"));
        assertThat(en.body()).contains("<html lang=\"en\">", "User name", "Password");

        Browser b = new Browser(server);
        HttpResponse<String> switched = server.send(HttpRequest.newBuilder(server.uri("/login?lang=zh"))
                .header("Accept-Language", "en"));
        assertThat(switched.body()).contains("用户名");
        assertThat(switched.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("commstat_lang=zh"));
        b.cookies.put("commstat_lang", "zh");
        assertThat(b.get("/login").body()).contains("用户名"); // the cookie wins over Accept-Language: en
    }
}
