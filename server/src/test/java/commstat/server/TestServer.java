package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.server.auth.Passwords;
import commstat.server.auth.Tokens;
import commstat.server.auth.User;
import commstat.server.auth.UsersFile;
import commstat.server.web.Role;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The real server on a free loopback port, a users file with one account per kind of caller (each with an API
 * token and the password {@link #PASSWORD}), and a plain HTTP client that does not follow redirects.
 */
final class TestServer implements AutoCloseable {
    static final String PASSWORD = "correct horse 1";
    /** The accounts: name → role and unit. The fixture's communities lie in district 371902. */
    static final Map<String, User> ACCOUNTS = accounts();

    /** Decimals read as written (scale included), so money and scores compare to the fen. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final Passwords CHEAP = new Passwords(4); // the minimum cost: tests log in often
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final ServerConfig config;

    TestServer(Path warehouse) {
        this(warehouse, c -> c);
    }

    TestServer(Path warehouse, UnaryOperator<ServerConfig> adjust) {
        this(warehouse, adjust, java.time.Clock.systemUTC());
    }

    TestServer(Path warehouse, UnaryOperator<ServerConfig> adjust, java.time.Clock clock) {
        Path users = writeUsers(warehouse.toAbsolutePath().getParent().resolve("users-" + System.nanoTime() + ".json"));
        config = adjust.apply(new ServerConfig(warehouse, "127.0.0.1", 0).withUsersFile(users)
                .withSnapshotCheck(Duration.ZERO));
        app = ServerApp.create(config, List.of(), clock).start();
    }

    private static Map<String, User> accounts() {
        Map<String, User> m = new LinkedHashMap<>();
        m.put("admin", user("admin", Role.ADMIN, ""));
        m.put("heping", user("heping", Role.COMMITTEE, WarehouseFixture.HEPING));
        m.put("changchun", user("changchun", Role.COMMITTEE, WarehouseFixture.CHANGCHUN));
        m.put("tiexi", user("tiexi", Role.DISTRICT, "371902"));
        m.put("otherdistrict", user("otherdistrict", Role.DISTRICT, "371903"));
        m.put("finance", user("finance", Role.FINANCE, ""));
        m.put("tiexifinance", user("tiexifinance", Role.FINANCE, "371902"));
        return m;
    }

    private static User user(String name, Role role, String unit) {
        return new User(name, role, unit, null, List.of());
    }

    private Path writeUsers(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UsersFile users = new UsersFile(file);
        String hash = CHEAP.hash(PASSWORD);
        for (User u : ACCOUNTS.values()) {
            String token = Tokens.random();
            tokens.put(u.name(), token);
            users.put(new User(u.name(), u.role(), u.unit(), hash,
                    List.of(new User.ApiToken("test", Tokens.sha256(token)))));
        }
        return file;
    }

    HttpClient http() {
        return http;
    }

    ServerConfig config() {
        return config;
    }

    Javalin app() {
        return app;
    }

    String token(String account) {
        String t = tokens.get(account);
        if (t == null) {
            throw new IllegalArgumentException("no test account " + account);
        }
        return t;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    /** Anonymous GET, in English (the pages' default is Chinese; the tests' expected texts are English). */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en"));
    }

    /** GET with the API token of {@code account}, in English. */
    HttpResponse<String> get(String path, String account) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en")
                .header("Authorization", "Bearer " + token(account)));
    }

    /** GET as the administrator. */
    HttpResponse<String> admin(String path) {
        return get(path, "admin");
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
