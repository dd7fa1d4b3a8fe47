package commstat.server.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the run times from {@code <warehouse>/ingest_run.json}. DATA.md does not pin its fields yet, so this
 * reads {@code started_at} and {@code finished_at} if present and ignores the rest; a missing or unreadable file
 * only leaves the run time off the report.
 */
final class IngestRunFile {
    static final String NAME = "ingest_run.json";
    private static final Logger LOG = LoggerFactory.getLogger(IngestRunFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private IngestRunFile() {
    }

    static Optional<IngestRun> read(Path warehouse) {
        Path file = warehouse.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                LOG.warn("{} is not a JSON object: run time not shown", file);
                return Optional.empty();
            }
            return Optional.of(new IngestRun(text(root, "started_at"), text(root, "finished_at")));
        } catch (IOException e) {
            LOG.warn("cannot read {}: {}; run time not shown", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
