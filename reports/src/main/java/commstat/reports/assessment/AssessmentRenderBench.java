package commstat.reports.assessment;

import commstat.reports.assessment.AssessmentData.Score;
import commstat.reports.pdf.PdfDocumentInfo;
import commstat.reports.pdf.PdfRenderer;
import commstat.reports.pdf.PdfRenderer.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Times the rendering of each kind of assessment document in memory (no files): one warm-up
 * round, then the best of {@code rounds}. Prints nothing; the command formats the table.
 */
public final class AssessmentRenderBench {

    /** One kind of document: how many, the best round's seconds, PDFs per second, average bytes. */
    public record Row(String kind, int documents, double seconds, double pdfsPerSecond, double cpuSeconds, long averageBytes) {
    }

    /** Process CPU time: on a shared machine wall time says more about the neighbours than about us. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private AssessmentRenderBench() {
    }

    public static List<Row> run(Path snapshot, int year, int rounds, int threads) throws Exception {
        AssessmentData data = new AssessmentMartReader(snapshot).read(year);
        AssessmentDocuments docs = new AssessmentDocuments(data);
        Map<String, List<Supplier<List<Section>>>> kinds = new LinkedHashMap<>();
        kinds.put("community profile", data.scores().stream().map(s -> (Supplier<List<Section>>) () -> docs.profile(s)).toList());
        kinds.put("district report", docs.districts().stream().map(d -> (Supplier<List<Section>>) () -> docs.district(d)).toList());
        kinds.put("city summary", List.of(docs::city));
        List<Row> rows = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (Map.Entry<String, List<Supplier<List<Section>>>> kind : kinds.entrySet()) {
                double best = Double.MAX_VALUE;
                double bestCpu = 0;
                long bytes = 0;
                for (int round = 0; round <= rounds; round++) { // round 0 warms up
                    long start = System.nanoTime();
                    long cpuStart = CPU.getProcessCpuTime();
                    List<Future<Integer>> futures = new ArrayList<>();
                    for (Supplier<List<Section>> doc : kind.getValue()) {
                        futures.add(pool.submit(() -> PdfRenderer.render(doc.get(),
                                new PdfDocumentInfo("bench", "commstat", LocalDate.of(year + 1, 1, 1), "bench")).length));
                    }
                    long total = 0;
                    for (Future<Integer> f : futures) {
                        total += f.get();
                    }
                    double seconds = (System.nanoTime() - start) / 1e9;
                    if (round > 0 && seconds < best) {
                        best = seconds;
                        bestCpu = (CPU.getProcessCpuTime() - cpuStart) / 1e9;
                        bytes = total;
                    }
                }
                int n = kind.getValue().size();
                rows.add(new Row(kind.getKey(), n, best, n / best, bestCpu, bytes / n));
            }
        } finally {
            pool.shutdownNow();
        }
        return rows;
    }
}
