package commstat.server;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser as far as the tests need one: keeps cookies, reads a form's CSRF token, posts forms. */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final TestServer server;
    final Map<String, String> cookies = new LinkedHashMap<>();

    Browser(TestServer server) {
        this.server = server;
    }

    HttpResponse<String> get(String path) {
        return keep(server.send(withCookies(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "en"))));
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return keep(server.send(withCookies(HttpRequest.newBuilder(server.uri(path)).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)))));
    }

    /** Logs in through the form, as a person would; returns the answer to the form post. */
    HttpResponse<String> login(String user, String password, String next) {
        String token = csrfOf(get("/login").body());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", token);
        form.put("user", user);
        form.put("password", password);
        form.put("next", next);
        return post("/login", form);
    }

    static String csrfOf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page: " + page);
        }
        return m.group(1);
    }

    HttpRequest.Builder withCookies(HttpRequest.Builder b) {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return b;
    }

    HttpResponse<String> keep(HttpResponse<String> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            if (value.isEmpty() || c.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
