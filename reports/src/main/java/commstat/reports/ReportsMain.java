package commstat.reports;

import commstat.reports.assessment.AssessmentRenderBench;
import commstat.reports.assessment.AssessmentReports;
import commstat.reports.disclosure.DisclosureRenderBench;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The reports commands (plain Java, no Spark), run by {@code ./commstat render}, {@code publish} and {@code verify}. */
@Command(name = "commstat", mixinStandardHelpOptions = true, subcommands = {ReportsMain.Render.class, ReportsMain.RenderBench.class,
        commstat.reports.cli.PublishCommand.class, commstat.reports.cli.VerifyCommand.class})
public final class ReportsMain {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with its error handling: a failure prints "render: message" and exits 1, no stack trace. */
    static CommandLine commandLine() {
        return new CommandLine(new ReportsMain()).setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
            return 1;
        });
    }

    /** The published snapshot of a warehouse root, or the root itself when nothing is published yet. */
    record Snapshot(Path dir, String id) {
        static Snapshot of(Path root, String fallbackId) throws IOException {
            Path current = root.resolve("current");
            if (Files.isRegularFile(current)) {
                String name = Files.readString(current, StandardCharsets.UTF_8).trim();
                return new Snapshot(root.resolve("snapshots").resolve(name), name);
            }
            return new Snapshot(root, fallbackId);
        }
    }

    @Command(name = "render", description = "Render the assessment PDFs of a year whose inputs changed "
            + "(into <snapshot>/reports/assessment/<year>/ unless --out is given).")
    static final class Render implements Callable<Integer> {
        @Option(names = "--warehouse", required = true, description = "warehouse root (or a snapshot folder)")
        Path warehouse;
        @Option(names = "--year", required = true, description = "assessed year")
        int year;
        @Option(names = "--date", required = true, description = "run date yyyy-MM-dd, printed on every page")
        LocalDate date;
        @Option(names = "--out", description = "output folder (default <snapshot>/reports/assessment/<year>)")
        Path out;
        @Option(names = "--snapshot-id", defaultValue = "unpublished",
                description = "snapshot id printed when the warehouse has no published snapshot (default ${DEFAULT-VALUE})")
        String snapshotId;
        @Option(names = "--threads", description = "parallel renders (default: available cores)")
        Integer threads;
        @Option(names = "--previous-snapshot", description = "an earlier snapshot folder: unchanged documents are copied from it")
        Path previous;

        @Override
        public Integer call() throws IOException {
            Snapshot snapshot = Snapshot.of(warehouse, snapshotId);
            Path target = out != null ? out
                    : snapshot.dir().resolve("reports").resolve("assessment").resolve(Integer.toString(year));
            int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            long start = System.nanoTime();
            AssessmentReports.Result result = AssessmentReports.render(snapshot.dir(), year, date, snapshot.id(), target,
                    previous == null ? null : AssessmentReports.outputDir(previous, year), cores);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("render: %d rendered, %d unchanged, %d removed in %.1f s (%d threads) -> %s%n",
                    result.rendered().size(), result.skipped().size(), result.removed().size(), seconds, cores, target);
            result.rendered().forEach(name -> System.out.println("  rendered " + name));
            return 0;
        }
    }

    @Command(name = "render-bench", description = "Time PDFs in memory (warm JVM): the assessment documents of a year "
            + "(--kind assessment) or every closed disclosure of the snapshot (--kind disclosures); PDFs per second per kind.")
    static final class RenderBench implements Callable<Integer> {
        enum Kind { assessment, disclosures }

        @Option(names = "--warehouse", required = true, description = "warehouse root (or a snapshot folder)")
        Path warehouse;
        @Option(names = "--kind", defaultValue = "assessment", description = "assessment or disclosures (default ${DEFAULT-VALUE})")
        Kind kind;
        @Option(names = "--year", description = "assessed year (--kind assessment)")
        Integer year;
        @Option(names = "--date", description = "publication date printed on the disclosures (default today)")
        LocalDate date;
        @Option(names = "--rounds", defaultValue = "3", description = "timed rounds after one warm-up (default ${DEFAULT-VALUE})")
        int rounds;
        @Option(names = "--threads", description = "parallel renders (default: available cores)")
        Integer threads;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            java.io.PrintWriter out = spec.commandLine().getOut();
            Snapshot snapshot = Snapshot.of(warehouse, "bench");
            int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
            Map<String, List<Supplier<byte[]>>> kinds = switch (kind) {
                case assessment -> {
                    if (year == null) {
                        throw new IllegalArgumentException("--year is required with --kind assessment");
                    }
                    yield AssessmentRenderBench.kinds(snapshot.dir(), year);
                }
                case disclosures -> DisclosureRenderBench.kinds(snapshot.dir(),
                        date != null ? date : LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
            };
            out.printf("| kind | documents | best of %d (s) | median (s) | PDFs/s (best) | PDFs/s (median) | CPU s (best) "
                    + "| PDFs per CPU s | avg KB | threads |%n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |%n", rounds);
            for (commstat.reports.pdf.RenderBench.Row r : commstat.reports.pdf.RenderBench.run(kinds, rounds, cores)) {
                out.printf("| %s | %d | %.2f | %.2f | %.1f | %.1f | %.2f | %.1f | %d | %d |%n", r.kind(), r.documents(),
                        r.bestSeconds(), r.medianSeconds(), r.pdfsPerSecond(), r.medianPdfsPerSecond(), r.cpuSeconds(),
                        r.pdfsPerCpuSecond(), r.averageBytes() / 1024, r.threads());
            }
            out.flush();
            return 0;
        }
    }
}
