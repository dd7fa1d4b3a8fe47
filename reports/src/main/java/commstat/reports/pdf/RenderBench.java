package commstat.reports.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Times the rendering of documents in memory (no files) in a warm JVM, per kind: one warm-up round, then
 * {@code rounds} timed rounds; the best and the median round. Prints nothing; the command formats the table.
 */
public final class RenderBench {

    /** One kind of document: how many, the best and median round's wall seconds, the best round's CPU seconds, average bytes. */
    public record Row(String kind, int documents, double bestSeconds, double medianSeconds, double cpuSeconds,
                      long averageBytes, int threads) {
        public double pdfsPerSecond() {
            return documents / bestSeconds;
        }

        public double medianPdfsPerSecond() {
            return documents / medianSeconds;
        }

        public double pdfsPerCpuSecond() {
            return documents / cpuSeconds;
        }
    }

    /** Process CPU time: on a shared machine wall time says more about the neighbours than about us. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private RenderBench() {
    }

    /** @param kinds kind → one renderer per document, each returning the PDF's bytes */
    public static List<Row> run(Map<String, List<Supplier<byte[]>>> kinds, int rounds, int threads) throws Exception {
        if (rounds < 1) {
            throw new IllegalArgumentException("at least one timed round is needed, got " + rounds);
        }
        List<Row> rows = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (Map.Entry<String, List<Supplier<byte[]>>> kind : kinds.entrySet()) {
                List<Supplier<byte[]>> docs = kind.getValue();
                if (docs.isEmpty()) {
                    continue;
                }
                double[] seconds = new double[rounds];
                double bestCpu = 0;
                long bytes = 0;
                for (int round = 0; round <= rounds; round++) { // round 0 warms up
                    long start = System.nanoTime();
                    long cpuStart = CPU.getProcessCpuTime();
                    List<Future<byte[]>> futures = new ArrayList<>(docs.size());
                    for (Supplier<byte[]> doc : docs) {
                        futures.add(pool.submit(doc::get));
                    }
                    long total = 0;
                    for (Future<byte[]> f : futures) {
                        total += f.get().length;
                    }
                    double took = (System.nanoTime() - start) / 1e9;
                    if (round == 0) {
                        continue;
                    }
                    if (round == 1 || took < Arrays.stream(seconds, 0, round - 1).min().orElse(Double.MAX_VALUE)) {
                        bestCpu = (CPU.getProcessCpuTime() - cpuStart) / 1e9;
                        bytes = total;
                    }
                    seconds[round - 1] = took;
                }
                double[] sorted = seconds.clone();
                Arrays.sort(sorted);
                rows.add(new Row(kind.getKey(), docs.size(), sorted[0], sorted[(rounds - 1) / 2], bestCpu,
                        bytes / docs.size(), Math.max(1, threads)));
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }
}
