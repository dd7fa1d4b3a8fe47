package commstat.reports.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import commstat.reports.assessment.AssessmentData.Score;
import commstat.reports.pdf.PdfDocumentInfo;
import commstat.reports.pdf.PdfRenderer;
import commstat.reports.pdf.PdfRenderer.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders the assessment PDFs of one year into {@code <snapshot>/reports/assessment/<year>/}:
 * {@code city.pdf}, {@code district/<district_code>.pdf}, {@code community/<community_code>.pdf}.
 * A document is rendered again only when its inputs (its rows of the marts and the templates)
 * changed since the {@code index.json} beside it was written; documents run in parallel.
 */
public final class AssessmentReports {

    /** Bump when the layout code changes in a way the templates' bytes do not show. */
    static final int LAYOUT_VERSION = 1;
    static final String INDEX = "index.json";
    private static final List<String> TEMPLATES =
            List.of("cover.jrxml", "ranking.jrxml", "consequences.jrxml", "community.jrxml", "districts.jrxml");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** What a run did, document paths relative to the output folder, sorted. */
    public record Result(Path outputDir, List<String> rendered, List<String> skipped, List<String> removed) {
        public Result {
            rendered = List.copyOf(rendered);
            skipped = List.copyOf(skipped);
            removed = List.copyOf(removed);
        }
    }

    private AssessmentReports() {
    }

    /** Renders into {@code <snapshotDir>/reports/assessment/<year>/} on every available core. */
    public static Result render(Path snapshotDir, int year, LocalDate runDate, String snapshotId) {
        return render(snapshotDir, year, runDate, snapshotId, null);
    }

    /**
     * As {@link #render(Path, int, LocalDate, String)}, for a new snapshot folder: documents whose inputs are
     * unchanged since {@code previousSnapshotDir} was rendered are copied from there instead of rendered.
     */
    public static Result render(Path snapshotDir, int year, LocalDate runDate, String snapshotId, Path previousSnapshotDir) {
        return render(snapshotDir, year, runDate, snapshotId, outputDir(snapshotDir, year),
                previousSnapshotDir == null ? null : outputDir(previousSnapshotDir, year),
                Runtime.getRuntime().availableProcessors());
    }

    public static Path outputDir(Path snapshotDir, int year) {
        return snapshotDir.resolve("reports").resolve("assessment").resolve(Integer.toString(year));
    }

    public static Result render(Path snapshotDir, int year, LocalDate runDate, String snapshotId, Path outputDir, int threads) {
        return render(snapshotDir, year, runDate, snapshotId, outputDir, null, threads);
    }

    /** @param previousOutputDir an earlier output folder to copy unchanged documents from, or null */
    public static Result render(Path snapshotDir, int year, LocalDate runDate, String snapshotId, Path outputDir,
                                Path previousOutputDir, int threads) {
        Objects.requireNonNull(runDate, "runDate is null");
        Objects.requireNonNull(snapshotId, "snapshotId is null");
        AssessmentData data = new AssessmentMartReader(snapshotDir).read(year);
        AssessmentDocuments docs = new AssessmentDocuments(data);
        Map<String, Job> jobs = jobs(data, docs);

        Map<String, String> previous = readIndex(outputDir);
        Map<String, String> earlier = previousOutputDir == null ? Map.of() : readIndex(previousOutputDir);
        List<String> rendered = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, Future<?>> running = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            for (Map.Entry<String, Job> e : jobs.entrySet()) {
                String name = e.getKey();
                Job job = e.getValue();
                if (job.inputsSha256().equals(previous.get(name)) && Files.isRegularFile(outputDir.resolve(name))) {
                    skipped.add(name);
                    continue;
                }
                if (job.inputsSha256().equals(earlier.get(name)) && Files.isRegularFile(previousOutputDir.resolve(name))) {
                    reuse(previousOutputDir.resolve(name), outputDir.resolve(name));
                    skipped.add(name);
                    continue;
                }
                rendered.add(name);
                running.put(name, pool.submit(() -> {
                    PdfDocumentInfo info = new PdfDocumentInfo(job.title(), "commstat", runDate, snapshotId);
                    write(outputDir.resolve(name), PdfRenderer.render(job.sections().get(), info));
                    return null;
                }));
            }
            for (Map.Entry<String, Future<?>> f : running.entrySet()) {
                try {
                    f.getValue().get();
                } catch (ExecutionException ex) {
                    throw new IllegalStateException("rendering " + outputDir.resolve(f.getKey()) + " failed: "
                            + ex.getCause().getMessage(), ex.getCause());
                }
            }
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering into " + outputDir + " was interrupted", ex);
        } finally {
            pool.shutdownNow();
        }
        List<String> removed = removeStale(outputDir, jobs.keySet());
        Map<String, String> index = new TreeMap<>();
        jobs.forEach((name, job) -> index.put(name, job.inputsSha256()));
        writeIndex(outputDir, year, index);
        return new Result(outputDir, rendered.stream().sorted().toList(), skipped.stream().sorted().toList(), removed);
    }

    /** One document to render: its title, how to build its sections, and the hash of what it shows. */
    private record Job(String title, Supplier<List<Section>> sections, String inputsSha256) {
    }

    private static Map<String, Job> jobs(AssessmentData data, AssessmentDocuments docs) {
        String templates = templatesDigest();
        Map<String, Job> jobs = new TreeMap<>();
        jobs.put("city.pdf", new Job(docs.cityTitle(), docs::city,
                sha256(templates, "city", data.year(), data.scores(), data.consequences(), data.districtNames())));
        for (String d : docs.districts()) {
            List<Score> scores = data.scoresOf(d);
            List<String> codes = scores.stream().map(Score::communityCode).toList();
            jobs.put("district/" + d + ".pdf", new Job(docs.districtTitle(d), () -> docs.district(d),
                    sha256(templates, "district", data.year(), data.districtName(d), scores,
                            codes.stream().map(data::indicatorsOf).toList(),
                            codes.stream().map(data::trendsOf).toList(),
                            codes.stream().map(data::reportingOf).toList(),
                            data.consequences().stream().filter(c -> c.districtCode().equals(d)).toList())));
        }
        for (Score s : data.scores()) {
            String c = s.communityCode();
            jobs.put("community/" + c + ".pdf", new Job(docs.communityTitle(s), () -> docs.profile(s),
                    sha256(templates, "community", data.year(), data.districtName(s.districtCode()), s,
                            data.indicatorsOf(c), data.trendsOf(c), data.reportingOf(c))));
        }
        return jobs;
    }

    private static String templatesDigest() {
        StringBuilder b = new StringBuilder("layout " + LAYOUT_VERSION);
        for (String t : TEMPLATES) {
            String resource = AssessmentDocuments.TEMPLATES + t;
            try (InputStream in = AssessmentReports.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("report template " + resource + " is not on the classpath");
                }
                b.append('\n').append(t).append(' ').append(HexFormat.of().formatHex(digest(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + resource, e);
            }
        }
        return b.toString();
    }

    /** Records print every component, so their text is a faithful (and stable) picture of the inputs. */
    private static String sha256(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            b.append(p).append('\u0001');
        }
        return HexFormat.of().formatHex(digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".writing");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A hard link where the file system allows it (snapshots share the bytes), else a copy. */
    private static void reuse(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.deleteIfExists(to);
            try {
                Files.createLink(to, from);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(from, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("copying the unchanged " + from + " to " + to, e);
        }
    }

    private static Map<String, String> readIndex(Path outputDir) {
        Map<String, String> index = new TreeMap<>();
        Path file = outputDir.resolve(INDEX);
        if (!Files.isRegularFile(file)) {
            return index;
        }
        try {
            JsonNode docs = JSON.readTree(file.toFile()).path("documents");
            docs.fields().forEachRemaining(e -> index.put(e.getKey(), e.getValue().path("inputs_sha256").asText()));
        } catch (IOException e) {
            // an unreadable index only costs a full render
        }
        return index;
    }

    private static void writeIndex(Path outputDir, int year, Map<String, String> index) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", 1);
        root.put("year", year);
        ObjectNode docs = root.putObject("documents");
        index.forEach((name, sha) -> docs.putObject(name).put("inputs_sha256", sha));
        try {
            write(outputDir.resolve(INDEX), JSON.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + outputDir.resolve(INDEX), e);
        }
    }

    /** PDFs of communities or districts no longer assessed go, so the folder shows this year's documents only. */
    private static List<String> removeStale(Path outputDir, java.util.Set<String> current) {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(outputDir)) {
            return removed;
        }
        try (Stream<Path> files = Files.walk(outputDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                String name = outputDir.relativize(f).toString().replace('\\', '/');
                if (!current.contains(name)) {
                    Files.delete(f);
                    removed.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cleaning " + outputDir, e);
        }
        return removed.stream().sorted().toList();
    }
}
