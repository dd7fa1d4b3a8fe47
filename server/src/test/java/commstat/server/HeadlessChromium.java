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
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket, {@code java.net.http}): {@link #load} opens a
 * page with a cookie and reports it; {@link #open} gives a {@link Tab} to drive with keyboard, mouse and file
 * choices. Both collect what a person's browser console would show (exceptions, console errors, failed requests).
 * Started with the flags of the brief; stopped by its own process handle.
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
        try (Tab tab = open()) {
            for (Map.Entry<String, String> c : cookies.entrySet()) {
                tab.call("Network.setCookie", Map.of("name", c.getKey(), "value", c.getValue(), "url", origin));
            }
            tab.navigate(url);
            // Late errors (an image that fails after load) get a moment to arrive.
            Thread.sleep(300);
            JsonNode page = JSON.readTree(tab.eval("JSON.stringify({title: document.title, images: "
                    + "Array.from(document.images).map(i => ({src: i.getAttribute('src'), "
                    + "ok: i.complete && i.naturalWidth > 0}))})").asText());
            List<String> broken = new ArrayList<>();
            page.get("images").forEach(i -> {
                if (!i.get("ok").asBoolean()) {
                    broken.add(i.get("src").asText());
                }
            });
            tab.screenshot(screenshot);
            return new PageLoad(tab.errors(), page.get("images").size(), broken, page.get("title").asText());
        }
    }

    /** A new blank tab with its console, log, network and page events recorded. */
    Tab open() throws Exception {
        // Its own browser context: cookies and storage are the tab's alone, as in a fresh browser.
        String context = call(null, "Target.createBrowserContext", Map.of()).get("browserContextId").asText();
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank", "browserContextId", context))
                .get("targetId").asText();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asText();
        Tab tab = new Tab(context, target, session, eventCount());
        for (String domain : List.of("Runtime", "Log", "Network", "Page", "DOM")) {
            tab.call(domain + ".enable", Map.of());
        }
        return tab;
    }

    /**
     * One tab, driven as a person would: typing goes through the keyboard's text input, clicks are mouse events at
     * the element's centre, files are chosen on the file input, so the page's own scripts and forms do the work.
     */
    final class Tab implements AutoCloseable {
        private final String context;
        private final String target;
        private final String session;
        /** The first event of this tab; {@link #errors()} looks at the events from here on. */
        private final int from;

        private Tab(String context, String target, String session, int from) {
            this.context = context;
            this.target = target;
            this.session = session;
            this.from = from;
        }

        JsonNode call(String method, Map<String, ?> params) throws Exception {
            return HeadlessChromium.this.call(session, method, params);
        }

        /** Goes to {@code url} and waits for its load event. */
        void navigate(String url) throws Exception {
            int mark = eventCount();
            call("Page.navigate", Map.of("url", url));
            awaitEvent(session, "Page.loadEventFired", mark, Duration.ofSeconds(30));
        }

        /** The value of a JavaScript expression (promises awaited); a thrown exception fails the call. */
        JsonNode eval(String expression) throws Exception {
            JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                    "awaitPromise", true));
            if (r.has("exceptionDetails")) {
                throw new IllegalStateException(expression + " threw " + r.get("exceptionDetails"));
            }
            return r.get("result").path("value");
        }

        /** Focuses the field, selects what it holds (as ctrl+A would) and types {@code text} over it. */
        void type(String selector, String text) throws Exception {
            eval("(() => { const e = " + find(selector) + "; e.focus(); if (e.select) e.select(); })()");
            call("Input.insertText", Map.of("text", text));
        }

        /** Picks the option of a {@code <select>} whose value is {@code value}, firing the events a choice fires. */
        void choose(String selector, String value) throws Exception {
            boolean found = eval("(() => { const e = " + find(selector) + "; e.focus(); "
                    + "if (![...e.options].some(o => o.value === " + quote(value) + ")) return false; "
                    + "e.value = " + quote(value) + "; e.dispatchEvent(new Event('input', {bubbles: true})); "
                    + "e.dispatchEvent(new Event('change', {bubbles: true})); return true; })()").asBoolean();
            if (!found) {
                throw new IllegalStateException(selector + " has no option " + value);
            }
        }

        /** A left click with the mouse at the centre of the element, scrolled into view first. */
        void click(String selector) throws Exception {
            JsonNode at = eval("(() => { const e = " + find(selector) + "; e.scrollIntoView({block: 'center'}); "
                    + "const r = e.getBoundingClientRect(); return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()");
            for (String type : List.of("mousePressed", "mouseReleased")) {
                call("Input.dispatchMouseEvent", Map.of("type", type, "x", at.get("x").asDouble(),
                        "y", at.get("y").asDouble(), "button", "left", "clickCount", 1));
            }
        }

        /** Clicks something that loads a new page (a submit button, a link) and waits for that page's load event. */
        void clickAndWait(String selector) throws Exception {
            int mark = eventCount();
            click(selector);
            awaitEvent(session, "Page.loadEventFired", mark, Duration.ofSeconds(30));
        }

        /** Chooses {@code files} on a file input, as the browser's file dialog would. */
        void chooseFiles(String selector, Path... files) throws Exception {
            int root = call("DOM.getDocument", Map.of("depth", 0)).get("root").get("nodeId").asInt();
            int node = call("DOM.querySelector", Map.of("nodeId", root, "selector", selector)).get("nodeId").asInt();
            if (node == 0) {
                throw new IllegalStateException("no element " + selector);
            }
            List<String> paths = new ArrayList<>();
            for (Path f : files) {
                paths.add(f.toAbsolutePath().toString());
            }
            call("DOM.setFileInputFiles", Map.of("nodeId", node, "files", paths));
        }

        /** Waits until the JavaScript condition is true. */
        void waitFor(String condition, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!eval("!!(" + condition + ")").asBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("not within " + timeout + ": " + condition + "; the page says: "
                            + eval("document.body.innerText").asText() + "; errors: " + errors());
                }
                Thread.sleep(50);
            }
        }

        /** The whole page (beyond the viewport) as PNG. */
        void screenshot(Path file) throws Exception {
            String png = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                    .get("data").asText();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getDecoder().decode(png));
        }

        /** What a person's console would show since the tab opened: exceptions, errors, failed or 4xx/5xx requests. */
        List<String> errors() {
            List<String> errors = new ArrayList<>();
            synchronized (events) {
                for (JsonNode e : events.subList(from, events.size())) {
                    if (session.equals(e.path("sessionId").asText())) {
                        describeError(e).ifPresent(errors::add);
                    }
                }
            }
            return errors;
        }

        @Override
        public void close() throws Exception {
            HeadlessChromium.this.call(null, "Target.closeTarget", Map.of("targetId", target));
            HeadlessChromium.this.call(null, "Target.disposeBrowserContext", Map.of("browserContextId", context));
        }

        private String find(String selector) {
            return "(document.querySelector(" + quote(selector) + ") || (() => { throw new Error('no element ' + "
                    + quote(selector) + "); })())";
        }
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> describeError(JsonNode e) {
        JsonNode p = e.get("params");
        String error = switch (e.get("method").asText()) {
            case "Runtime.exceptionThrown" -> "exception: " + p.get("exceptionDetails");
            case "Runtime.consoleAPICalled" -> p.get("type").asText().equals("error")
                    ? "console.error: " + p.get("args") : null;
            case "Log.entryAdded" -> p.get("entry").get("level").asText().equals("error")
                    ? "log: " + p.get("entry").get("text").asText() + " " + p.get("entry").path("url").asText() : null;
            case "Network.loadingFailed" -> "request failed: " + p.get("errorText").asText();
            case "Network.responseReceived" -> p.get("response").get("status").asInt() >= 400
                    ? "HTTP " + p.get("response").get("status").asInt() + " " + p.get("response").get("url").asText()
                    : null;
            default -> null;
        };
        return Optional.ofNullable(error);
    }

    private int eventCount() {
        synchronized (events) {
            return events.size();
        }
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
