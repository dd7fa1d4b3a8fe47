import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server load of the benchmark: CONNECTIONS client threads on loopback, each sending one request after the
 * other to one path for SECONDS (after a warm-up of WARMUP seconds that is not counted). A response that is not
 * 2xx, or fails, is an error. With {@code BENCH_TOKEN} set, every request carries it as a bearer token. Prints per path: {@code load PATH: N requests, R req/s, p50 X ms, p99 Y ms, max Z ms,
 * E errors (first: ...)}.
 * <pre>  LoadGen BASE_URL CONNECTIONS WARMUP SECONDS PATH...</pre>
 * Java 17 has no virtual threads; 64 platform threads on one shared HttpClient (HTTP/1.1, kept-alive
 * connections) are as many concurrent connections.
 */
public final class LoadGen {
    public static void main(String[] args) throws Exception {
        String base = args[0];
        int connections = Integer.parseInt(args[1]);
        double warmup = Double.parseDouble(args[2]);
        double seconds = Double.parseDouble(args[3]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();
        for (String path : Arrays.copyOfRange(args, 4, args.length)) {
            run(client, base, path, connections, warmup, seconds);
        }
        System.exit(0);
    }

    static void run(HttpClient client, String base, String path, int connections, double warmup, double seconds) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET();
        String token = System.getenv("BENCH_TOKEN");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.build();
        long start = System.nanoTime();
        long countFrom = start + (long) (warmup * 1e9);
        long end = countFrom + (long) (seconds * 1e9);
        List<long[]> perThread = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        String[] firstError = new String[1];
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        int[] counts = new int[connections];
        for (int t = 0; t < connections; t++) {
            long[] lat = new long[1 << 20];
            perThread.add(lat);
            int id = t;
            pool.submit(() -> {
                int n = 0;
                while (true) {
                    long t0 = System.nanoTime();
                    if (t0 >= end) {
                        break;
                    }
                    boolean ok;
                    String why = null;
                    try {
                        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        ok = r.statusCode() / 100 == 2;
                        bytes.addAndGet(r.body().length);
                        if (!ok) {
                            why = "HTTP " + r.statusCode();
                        }
                    } catch (Exception e) {
                        ok = false;
                        why = e.toString();
                    }
                    long t1 = System.nanoTime();
                    if (t0 >= countFrom) {
                        if (!ok) {
                            errors.incrementAndGet();
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = why;
                                }
                            }
                        }
                        if (n < lat.length) {
                            lat[n++] = t1 - t0;
                        }
                    }
                }
                counts[id] = n;
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination((long) (warmup + seconds + 120), TimeUnit.SECONDS);
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int k = 0;
        for (int t = 0; t < connections; t++) {
            System.arraycopy(perThread.get(t), 0, all, k, counts[t]);
            k += counts[t];
        }
        Arrays.sort(all);
        System.out.printf("load %s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%s, %.0f KB/response%n",
                path, total, total / seconds, pct(all, 0.50), pct(all, 0.99), total == 0 ? 0 : all[total - 1] / 1e6,
                errors.get(), firstError[0] == null ? "" : " (first: " + firstError[0] + ")",
                total == 0 ? 0 : bytes.get() / 1024.0 / Math.max(1, total));
    }

    /** Nearest rank. */
    static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, i)] / 1e6;
    }
}
