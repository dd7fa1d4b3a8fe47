package commstat.ingest.synth;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Writes a whole landing area: reference files, then every community's year (in parallel; each community writes
 * only its own files from its own random streams, so the bytes do not depend on the schedule), then the fiscal
 * allocations that depend on what the ledgers received.
 */
final class CityGenerator {
    record Options(double scale, long seed, int year, Path out, int threads) {
    }

    private final Options options;
    private final PrintStream progress;

    CityGenerator(Options options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    GenerationTally run() {
        Path reference = options.out().resolve("reference");
        Path inbox = options.out().resolve("inbox");
        createEmpty(reference);
        createEmpty(inbox);
        CityLayout layout = CityLayout.build(options.scale(), options.seed(), options.year());
        ReferenceWriter references = new ReferenceWriter(reference, options.seed());
        references.writeBeforeSubmissions(layout);
        CommunityYearGenerator generator = new CommunityYearGenerator(options.seed(), options.year(), inbox);
        List<CommunityPlan> communities = layout.communities();
        int total = communities.size();
        int step = Math.max(1, total / 10);
        boolean verbose = total >= 500;
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, options.threads()));
        try {
            List<Future<CommunityYearGenerator.Result>> futures = new ArrayList<>(total);
            for (CommunityPlan community : communities) {
                futures.add(pool.submit(() -> {
                    CommunityYearGenerator.Result result = generator.generate(community);
                    int n = done.incrementAndGet();
                    if (verbose && (n % step == 0 || n == total)) {
                        progress.printf("generate: %d/%d communities (%d%%), %.1f s%n", n, total, 100L * n / total,
                                (System.nanoTime() - started) / 1e9);
                    }
                    return result;
                }));
            }
            GenerationTally tally = new GenerationTally();
            Map<String, BigDecimal> cityReceived = new TreeMap<>();
            Map<String, BigDecimal> districtReceived = new TreeMap<>();
            for (int i = 0; i < total; i++) {
                CommunityYearGenerator.Result result = futures.get(i).get();
                CommunityPlan community = communities.get(i);
                tally.add(result.tally());
                cityReceived.merge(community.cityCode(), result.cityReceived(), BigDecimal::add);
                districtReceived.merge(community.districtCode(), result.districtReceived(), BigDecimal::add);
            }
            references.writeFiscalAllocations(layout, cityReceived, districtReceived);
            return tally;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("generating a community failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Refuses to mix a new city into an old one: the output folders must be new or empty. */
    private static void createEmpty(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + " is not empty; generate into a new or empty folder");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
