package commstat.server.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.server.api.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The run records in {@code <root>/runs/} (outside the snapshots: a record may be newer than the snapshot served,
 * and a failed run leaves no snapshot). A record that cannot be read is listed as {@code unreadable} rather than
 * hidden: a broken night is exactly what the history must show.
 */
public final class RunHistory {
    private static final Logger LOG = LoggerFactory.getLogger(RunHistory.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The nightly's run ids: {@code yyyyMMddTHHmmssSSSZ-<pid>}. */
    private static final Pattern RUN_ID = Pattern.compile("\\d{8}T[0-9A-Z]{1,20}(-\\d{1,10})?");

    private final Path runsDir;

    public RunHistory(Path root) {
        this.runsDir = requireNonNull(root, "root is null").resolve("runs");
    }

    /** Every run, newest first (by start time, then id). */
    public List<RunSummary> runs() {
        if (!Files.isDirectory(runsDir)) {
            return List.of();
        }
        List<RunSummary> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(runsDir)) {
            for (Path p : files.filter(RunHistory::isRecord).sorted().toList()) {
                out.add(read(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runsDir, e);
        }
        out.sort(Comparator.comparing((RunSummary r) -> r.startedAt() == null ? "" : r.startedAt())
                .thenComparing(RunSummary::runId).reversed());
        return out;
    }

    /**
     * A stamp that changes whenever a record is added, replaced or removed (the nightly writes each record to a
     * temporary file and renames it, which changes the folder's modification time), so an answer showing the
     * runs may be cached under it. Empty while the folder changed less than {@link #SETTLE} ago: a second change
     * within the file system's time granularity would leave the stamp as it was, so a fresh stamp is not trusted
     * (as Git treats a "racy" index entry). The folder's time is the file system's clock: compared with the
     * system's, not with the server's (possibly fixed) clock.
     */
    public Optional<String> stamp() {
        try {
            if (!Files.isDirectory(runsDir)) {
                return Optional.of("none");
            }
            java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(runsDir);
            if (System.currentTimeMillis() - modified.toMillis() < SETTLE.toMillis()) {
                return Optional.empty();
            }
            return Optional.of(modified.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How long after a change of the runs folder its stamp is not trusted. */
    static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(2);

    /** The newest run, if any. */
    public Optional<RunSummary> latest() {
        return runs().stream().findFirst();
    }

    /** One run by id; 400 for a malformed id, 404 for an unknown one. */
    public RunSummary run(String runId) {
        if (runId == null || !RUN_ID.matcher(runId).matches() || runId.startsWith(".")) {
            throw ApiException.badParameter("run id '" + (runId == null ? "" : runId.substring(0,
                    Math.min(40, runId.length()))) + "' is not a run id");
        }
        Path p = runsDir.resolve(runId + ".json");
        if (!Files.isRegularFile(p)) {
            throw ApiException.notFound("no run " + runId);
        }
        return read(p);
    }

    private static boolean isRecord(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".json") && !n.startsWith(".") && Files.isRegularFile(p);
    }

    static RunSummary read(Path p) {
        String fallbackId = p.getFileName().toString().replaceFirst("\\.json$", "");
        JsonNode n;
        try {
            n = JSON.readTree(p.toFile());
        } catch (IOException e) {
            LOG.warn("cannot read the run record {}: {}", p, e.getMessage());
            // The message, never the exception's text: Jackson's names the server's file path.
            String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getClass().getSimpleName();
            return new RunSummary(fallbackId, "unreadable", null, null, null, null, null, null,
                    "the run record " + fallbackId + ".json cannot be read: " + why, List.of());
        }
        List<RunSummary.Stage> stages = new ArrayList<>();
        long total = 0;
        boolean anyMillis = false;
        for (JsonNode s : n.path("stages")) {
            List<RunSummary.Detail> details = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = s.path("details").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                details.add(new RunSummary.Detail(e.getKey(),
                        e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
            }
            Long millis = s.hasNonNull("millis") ? s.get("millis").asLong() : null;
            if (millis != null) {
                total += millis;
                anyMillis = true;
            }
            stages.add(new RunSummary.Stage(s.path("name").asText("?"), text(s, "status"), text(s, "started_at"),
                    millis, details, text(s, "error")));
        }
        Long millis = n.hasNonNull("total_millis") ? Long.valueOf(n.get("total_millis").asLong())
                : anyMillis ? Long.valueOf(total) : null;
        return new RunSummary(n.path("run_id").asText(fallbackId), n.path("status").asText("unknown"),
                n.hasNonNull("exit_code") ? n.get("exit_code").asInt() : null, text(n, "started_at"),
                text(n, "finished_at"), text(n, "run_date"), text(n, "snapshot"), millis, text(n, "error"), stages);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
