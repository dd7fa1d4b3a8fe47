package commstat.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, {@code java.net.http}): opens a page with a
 * cookie, waits for its load event, and collects what a person's browser console would show (exceptions, console
 * errors, failed requests). Started with the flags of the brief; stopped by its own process handle.
 */
final class HeadlessChromium implements AutoCloseable {
    static final String BINARY = "/usr/bin/chromium";
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();
    private final StringBuilder partial = new StringBuilder();

    HeadlessChromium(Path profile) throws Exception {
        process = new ProcessBuilder(BINARY, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--window-size=1280,1600", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String url = devToolsUrl(process);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener())
                .get(20, TimeUnit.SECONDS);
    }

    private static String devToolsUrl(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        StringBuilder seen = new StringBuilder();
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                // Keep draining stderr so Chromium never blocks on a full pipe.
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // discard
                        }
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IllegalStateException("Chromium did not print its DevTools address; it said:\n" + seen);
    }

    /** What loading one page showed. */
    record PageLoad(List<String> errors, int images, List<String> brokenImages, String title) {
    }

    /**
     * Opens {@code url} in a new tab with the cookies set for {@code origin}, waits for the load event and for the
     * images, saves a screenshot to {@code screenshot}, and returns the errors seen.
     */
    PageLoad load(String origin, Map<String, String> cookies, String url, Path screenshot) throws Exception {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            call(session, domain + ".enable", Map.of());
        }
        for (Map.Entry<String, String> c : cookies.entrySet()) {
            call(session, "Network.setCookie", Map.of("name", c.getKey(), "value", c.getValue(), "url", origin));
        }
        int from;
        synchronized (events) {
            from = events.size();
        }
        call(session, "Page.navigate", Map.of("url", url));
        awaitEvent(session, "Page.loadEventFired", from, Duration.ofSeconds(30));
        // Late errors (an image that fails after load) get a moment to arrive.
        Thread.sleep(300);
        JsonNode result = call(session, "Runtime.evaluate", Map.of("returnByValue", true, "expression",
                "JSON.stringify({title: document.title, images: Array.from(document.images).map(i => "
                        + "({src: i.getAttribute('src'), ok: i.complete && i.naturalWidth > 0}))})"));
        JsonNode page = JSON.readTree(result.get("result").get("value").asText());
        List<String> broken = new ArrayList<>();
        page.get("images").forEach(i -> {
            if (!i.get("ok").asBoolean()) {
                broken.add(i.get("src").asText());
            }
        });
        String png = call(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data").asText();
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, Base64.getDecoder().decode(png));
        List<String> errors = new ArrayList<>();
        synchronized (events) {
            for (JsonNode e : events.subList(from, events.size())) {
                if (!session.equals(e.path("sessionId").asText())) {
                    continue;
                }
                String method = e.get("method").asText();
                JsonNode p = e.get("params");
                switch (method) {
                    case "Runtime.exceptionThrown" -> errors.add("exception: " + p.get("exceptionDetails"));
                    case "Runtime.consoleAPICalled" -> {
                        if (p.get("type").asText().equals("error")) {
                            errors.add("console.error: " + p.get("args"));
                        }
                    }
                    case "Log.entryAdded" -> {
                        if (p.get("entry").get("level").asText().equals("error")) {
                            errors.add("log: " + p.get("entry").get("text").asText() + " "
                                    + p.get("entry").path("url").asText());
                        }
                    }
                    case "Network.loadingFailed" -> errors.add("request failed: " + p.get("errorText").asText());
                    case "Network.responseReceived" -> {
                        int status = p.get("response").get("status").asInt();
                        if (status >= 400) {
                            errors.add("HTTP " + status + " " + p.get("response").get("url").asText());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        call(null, "Target.closeTarget", Map.of("targetId", target));
        return new PageLoad(errors, page.get("images").size(), broken, page.get("title").asText());
    }

    private void awaitEvent(String session, String method, int from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (events) {
            while (true) {
                for (JsonNode e : events.subList(from, events.size())) {
                    if (method.equals(e.get("method").asText()) && session.equals(e.path("sessionId").asText())) {
                        return;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("no " + method + " within " + timeout);
                }
                events.wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
    }

    private JsonNode call(String session, String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", JSON.valueToTree(params));
        if (session != null) {
            msg.put("sessionId", session);
        }
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode r = answer.get(30, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IllegalStateException(method + " failed: " + r.get("error"));
        }
        return r.get("result");
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                handle(partial.toString());
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(String text) {
            try {
                JsonNode n = JSON.readTree(text);
                if (n.has("id")) {
                    CompletableFuture<JsonNode> f = pending.remove(n.get("id").asInt());
                    if (f != null) {
                        f.complete(n);
                    }
                } else {
                    synchronized (events) {
                        events.add(n);
                        events.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("not JSON from DevTools: " + text, e);
            }
        }
    }

    @Override
    public void close() {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

}
