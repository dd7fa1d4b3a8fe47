package commstat.server;

import commstat.server.web.Access;
import commstat.server.web.HttpMethod;
import commstat.server.web.Role;
import commstat.server.web.Route;
import commstat.server.auth.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every route of the route table × every kind of caller (anonymous; committee of the unit and of another
 * community; district office of the unit's district and of another; city and district finance; administrator),
 * against the rule of {@code shared/domain.md}: anonymous on a non-public route → 302 to the login form (pages) or
 * 401 (API); a role the route does not list → 403; a unit outside the caller's → 404; otherwise the route answers.
 * New routes are picked up from the table, so none can be left out.
 */
class AccessMatrixTest {
    @TempDir
    static Path tmp;
    private static TestServer server;
    /** The unit the scoped routes are asked about: 和平里社区 in district 371902. */
    private static final String COMMUNITY = WarehouseFixture.HEPING;
    private static final String DISTRICT = "371902";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(WarehouseFixture.write(tmp.resolve("warehouse")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    List<DynamicTest> everyRouteForEveryCaller() {
        List<Route> routes = ServerApp.routeTable(server.app()).routes();
        assertThat(routes).extracting(Route::path).contains("/ingest", "/api/ingest/summary", "/health");
        List<DynamicTest> tests = new ArrayList<>();
        List<String> callers = new ArrayList<>(TestServer.ACCOUNTS.keySet());
        callers.add(0, "anonymous");
        for (Route route : routes) {
            String path = fill(route);
            for (String caller : callers) {
                tests.add(DynamicTest.dynamicTest(route.method() + " " + path + " as " + caller,
                        () -> check(route, path, caller)));
            }
        }
        return tests;
    }

    private static void check(Route route, String path, String caller) {
        HttpResponse<String> r = call(route, path, caller);
        Role role = caller.equals("anonymous") ? Role.PUBLIC : TestServer.ACCOUNTS.get(caller).role();
        Access access = route.access();
        String describe = route.method() + " " + path + " as " + caller + " → " + r.statusCode() + " " + clip(r.body());
        if (!access.roles().contains(role)) {
            if (role == Role.PUBLIC && !route.isApi()) {
                assertThat(r.statusCode()).as(describe).isEqualTo(302);
                assertThat(r.headers().firstValue("Location").orElseThrow()).as(describe).startsWith("/login?next=");
            } else {
                assertThat(r.statusCode()).as(describe).isEqualTo(role == Role.PUBLIC ? 401 : 403);
            }
            return;
        }
        if (access.scope() != Access.Scope.NONE && !covers(caller, access.scope())) {
            assertThat(r.statusCode()).as(describe).isEqualTo(404);
            return;
        }
        // Let in: whatever the handler says (a login form post without a password is 401 by the handler, in HTML),
        // it is none of the gate's refusals.
        // (503: a function not configured on this test server, such as uploads without a landing folder)
        assertThat(r.statusCode()).as(describe).matches(s -> s < 500 || s == 503, "below 500, or 503");
        if (r.statusCode() == 401) {
            assertThat(r.body()).as(describe).doesNotContain("UNAUTHENTICATED");
        }
        if (access.scope() != Access.Scope.NONE) {
            assertThat(r.statusCode()).as(describe).isNotEqualTo(404);
        }
        if (r.statusCode() == 403) {
            assertThat(r.body()).as(describe).contains("CSRF_TOKEN_MISSING"); // an anonymous form post without a token
        }
        if (r.statusCode() == 302) {
            assertThat(r.headers().firstValue("Location").orElse("")).as(describe).doesNotStartWith("/login");
        }
    }

    /** Whether the caller's unit holds the unit asked about ({@link #COMMUNITY} or {@link #DISTRICT}). */
    private static boolean covers(String caller, Access.Scope scope) {
        if (caller.equals("anonymous")) {
            return true;
        }
        User u = TestServer.ACCOUNTS.get(caller);
        return switch (u.role()) {
            case ADMIN, PUBLIC -> true;
            case FINANCE -> u.unit().isEmpty() || u.unit().equals(DISTRICT);
            case DISTRICT -> u.unit().equals(DISTRICT);
            // a committee sees its own community, and no district as a whole
            case COMMITTEE -> scope == Access.Scope.COMMUNITY && u.unit().equals(COMMUNITY);
        };
    }

    /** The path with the scoped parameter set to the unit asked about, and any other parameter to a plain value. */
    private static String fill(Route route) {
        Matcher m = PARAM.matcher(route.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(route.access().param())
                    ? (route.access().scope() == Access.Scope.DISTRICT ? DISTRICT : COMMUNITY)
                    : "1";
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static HttpResponse<String> call(Route route, String path, String caller) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path));
        if (!caller.equals("anonymous")) {
            b.header("Authorization", "Bearer " + server.token(caller));
        }
        b.method(route.method().name(), route.method() == HttpMethod.GET ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(""));
        return server.send(b);
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    @Test
    void aRouteCannotBeMadeWithoutItsAccess() {
        assertThatThrownBy(() -> Route.get("/x", null, "x", ctx -> { }))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("every route declares who may call it");
        assertThatThrownBy(() -> Route.get("/x/{code}", Access.roles(Role.ADMIN).community("id"), "x", ctx -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{id}");
    }
}
