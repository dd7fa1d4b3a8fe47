package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code generate --scale S --seed N --out DIR [--year Y] [--threads T]}: writes a synthetic landing area
 * ({@code DIR/reference}, {@code DIR/inbox}) in the shape of contract.md. The same arguments give the same bytes,
 * whatever the thread count. See docs/GENERATOR.md for what is planted and how often.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a synthetic city's landing area (reference/ and inbox/) with documented planted faults.")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--scale", required = true, description = "0.1 = 60 communities / 2 districts, 1 = 600 / 6, 10 = 6,000 / 60")
    double scale;

    @Option(names = "--seed", required = true, description = "random seed; the same seed gives the same bytes")
    long seed;

    @Option(names = "--out", required = true, description = "landing folder to create (must be new or empty)")
    Path out;

    @Option(names = "--year", defaultValue = "2025", description = "the year the submissions report on (default ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--threads", description = "worker threads (default: available processors); does not change the output")
    Integer threads;

    @Override
    public Integer call() {
        if (scale <= 0 || scale > 1000) {
            System.err.println("generate: --scale must be in (0, 1000], got " + scale);
            return 2;
        }
        if (year < 2000 || year > 2100) {
            System.err.println("generate: --year must be between 2000 and 2100, got " + year);
            return 2;
        }
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        long started = System.nanoTime();
        GenerationTally tally;
        try {
            tally = new CityGenerator(new CityGenerator.Options(scale, seed, year, out, workers), System.err).run();
        } catch (IllegalArgumentException e) {
            System.err.println("generate: " + e.getMessage());
            return 2;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("generate: %d communities, %d files, %.1f MB, %d rows in %.1f s -> %s%n",
                CityLayout.communityCount(scale), tally.totalFiles(), tally.bytes() / 1e6, tally.totalRows(), seconds, out);
        StringBuilder formats = new StringBuilder();
        for (Map.Entry<String, Long> e : tally.files().entrySet()) {
            formats.append(' ').append(e.getKey()).append('=').append(e.getValue());
        }
        System.err.println("generate: files by format:" + formats);
        StringBuilder rows = new StringBuilder();
        for (Dataset d : Dataset.values()) {
            rows.append(' ').append(d.code()).append('=').append(tally.rows(d));
        }
        System.err.println("generate: rows:" + rows);
        StringBuilder planted = new StringBuilder();
        tally.planted().forEach((what, n) -> planted.append(' ').append(what).append('=').append(n));
        System.err.println("generate: planted:" + planted);
        return 0;
    }
}
