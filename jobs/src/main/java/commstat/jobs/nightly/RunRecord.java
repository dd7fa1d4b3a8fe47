package commstat.jobs.nightly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code runs/<run-id>.json}: what one nightly run did, for people and for the server's run history (docs/DATA.md).
 * It is rewritten (temporary file, then rename) after every stage, so a run that dies leaves its record with
 * {@code status: running} and its stages so far; the next run marks such a record {@code died}.
 */
final class RunRecord {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode node = JSON.createObjectNode();
    private final ArrayNode stages;

    RunRecord(Path runsDir, String runId) {
        this.file = runsDir.resolve(runId + ".json");
        node.put("format_version", FORMAT_VERSION);
        node.put("run_id", runId);
        node.put("status", "running");
        node.putNull("exit_code");
        node.put("started_at", now());
        node.putNull("finished_at");
        node.put("host", host());
        node.put("pid", ProcessHandle.current().pid());
        stages = JSON.createArrayNode();
    }

    static String now() {
        return OffsetDateTime.now(ZONE).truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    ObjectNode node() {
        return node;
    }

    void put(String field, Object value) {
        node.set(field, JSON.valueToTree(value));
    }

    /** A stage that finished (or failed: then {@code error} is set). */
    void stage(String name, String startedAt, long millis, String status, Map<String, ?> details, String error) {
        ObjectNode s = stages.addObject();
        s.put("name", name);
        s.put("status", status);
        s.put("started_at", startedAt);
        s.put("millis", millis);
        s.set("details", JSON.valueToTree(details));
        if (error != null) {
            s.put("error", error);
        }
    }

    void finish(String status, int exitCode, String error) {
        node.put("status", status);
        node.put("exit_code", exitCode);
        node.put("finished_at", now());
        if (error != null) {
            node.put("error", error);
        }
    }

    /** Writes the record whole: a temporary file renamed over the old one. */
    void write() {
        node.set("stages", stages);
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, JSON.writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run record " + file, e);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Marks the records of runs that ended without finishing (still {@code running} while this run holds the lock,
     * so their process is gone) as {@code died}. Returns their run ids.
     */
    static List<String> markDied(Path runsDir, String byRun) {
        try (Stream<Path> files = Files.list(runsDir)) {
            List<Path> records = files.filter(p -> p.getFileName().toString().endsWith(".json")
                    && !p.getFileName().toString().startsWith(".")).sorted().toList();
            List<String> died = new java.util.ArrayList<>();
            for (Path p : records) {
                JsonNode n;
                try {
                    n = JSON.readTree(p.toFile());
                } catch (JsonProcessingException e) {
                    continue; // not ours or damaged by hand: leave it
                }
                if (n instanceof ObjectNode o && "running".equals(o.path("status").asText())) {
                    o.put("status", "died");
                    o.put("error", "the run ended without finishing (killed, or the machine stopped); found by run "
                            + byRun + " at " + now());
                    Path tmp = p.resolveSibling("." + p.getFileName() + ".tmp");
                    Files.writeString(tmp, JSON.writeValueAsString(o) + "\n", StandardCharsets.UTF_8);
                    Files.move(tmp, p, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    died.add(o.path("run_id").asText(p.getFileName().toString()));
                }
            }
            return died;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the run records in " + runsDir, e);
        }
    }

    /** Removes temporary record files a dead run left. */
    static void cleanTemporary(Path runsDir) {
        try (Stream<Path> files = Files.list(runsDir)) {
            for (Path p : files.filter(p -> p.getFileName().toString().endsWith(".json.tmp")).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + runsDir, e);
        }
    }
}
