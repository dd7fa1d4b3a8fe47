package commstat.server.ops;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The server's counters in the Prometheus text format (version 0.0.4), kept by hand: requests by route, method and
 * status; a latency histogram by route; answer-cache hits and misses. The route label is the route's path pattern
 * ({@code /api/ingest/community/{code}}), never the raw path, so the number of series stays bounded.
 */
public final class Metrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private record RequestKey(String route, String method, int status) {
    }

    private static final class Latency {
        final AtomicLongArray buckets = new AtomicLongArray(BUCKETS.length);
        final AtomicLong count = new AtomicLong();
        final DoubleAdder sum = new DoubleAdder();
    }

    private final ConcurrentHashMap<RequestKey, AtomicLong> requests = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Latency> latency = new ConcurrentHashMap<>();
    private final AtomicLong cacheHits = new AtomicLong();
    private final AtomicLong cacheMisses = new AtomicLong();
    private final AtomicLong notModified = new AtomicLong();

    public void request(String route, String method, int status, double seconds) {
        requests.computeIfAbsent(new RequestKey(route, method, status), k -> new AtomicLong()).incrementAndGet();
        Latency l = latency.computeIfAbsent(route, k -> new Latency());
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                l.buckets.incrementAndGet(i);
                break;
            }
        }
        l.count.incrementAndGet();
        l.sum.add(seconds);
    }

    public void cacheHit() {
        cacheHits.incrementAndGet();
    }

    public void cacheMiss() {
        cacheMisses.incrementAndGet();
    }

    public void notModified() {
        notModified.incrementAndGet();
    }

    public long cacheHits() {
        return cacheHits.get();
    }

    /** The exposition text; {@code snapshotId}, its age and cache size describe the snapshot served now. */
    public String render(String snapshotId, double snapshotAgeSeconds, int cachedAnswers, long cachedBytes) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# HELP commstat_http_requests_total HTTP requests answered, by route pattern, method and status.\n")
                .append("# TYPE commstat_http_requests_total counter\n");
        Map<String, Long> sorted = new TreeMap<>();
        requests.forEach((k, v) -> sorted.put("{route=\"" + label(k.route()) + "\",method=\"" + k.method()
                + "\",status=\"" + k.status() + "\"}", v.get()));
        sorted.forEach((labels, v) -> out.append("commstat_http_requests_total").append(labels).append(' ')
                .append(v).append('\n'));

        out.append("# HELP commstat_http_request_duration_seconds Time to answer, by route pattern.\n")
                .append("# TYPE commstat_http_request_duration_seconds histogram\n");
        new TreeMap<>(latency).forEach((route, l) -> {
            String r = "route=\"" + label(route) + "\"";
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += l.buckets.get(i);
                out.append("commstat_http_request_duration_seconds_bucket{").append(r).append(",le=\"")
                        .append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
            }
            out.append("commstat_http_request_duration_seconds_bucket{").append(r).append(",le=\"+Inf\"} ")
                    .append(l.count.get()).append('\n');
            out.append("commstat_http_request_duration_seconds_sum{").append(r).append("} ")
                    .append(number(l.sum.sum())).append('\n');
            out.append("commstat_http_request_duration_seconds_count{").append(r).append("} ")
                    .append(l.count.get()).append('\n');
        });

        counter(out, "commstat_cache_hits_total", "Answers served from the snapshot's answer cache.", cacheHits.get());
        counter(out, "commstat_cache_misses_total", "Answers built because the cache did not hold them.", cacheMisses.get());
        counter(out, "commstat_not_modified_total", "304 answers to If-None-Match.", notModified.get());
        out.append("# HELP commstat_snapshot_info The snapshot served now (value 1).\n")
                .append("# TYPE commstat_snapshot_info gauge\n")
                .append("commstat_snapshot_info{id=\"").append(label(snapshotId)).append("\"} 1\n");
        gauge(out, "commstat_snapshot_age_seconds", "Seconds since the served snapshot was published.", snapshotAgeSeconds);
        gauge(out, "commstat_cache_answers", "Answers held for the served snapshot.", cachedAnswers);
        gauge(out, "commstat_cache_bytes", "Bytes of answers held for the served snapshot.", cachedBytes);
        Runtime rt = Runtime.getRuntime();
        gauge(out, "commstat_jvm_heap_used_bytes", "Heap in use.", rt.totalMemory() - rt.freeMemory());
        gauge(out, "commstat_jvm_heap_max_bytes", "Heap limit (-Xmx).", rt.maxMemory());
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, long v) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" counter\n").append(name).append(' ').append(v).append('\n');
    }

    private static void gauge(StringBuilder out, String name, String help, double v) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(number(v)).append('\n');
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6f", v);
    }

    /** A label value escaped as the text format asks (backslash, quote, newline). */
    private static String label(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
