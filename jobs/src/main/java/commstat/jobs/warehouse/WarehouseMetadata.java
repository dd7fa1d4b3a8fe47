package commstat.jobs.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code warehouse.json}: the layout's format version and the fingerprint of the hash key that wrote
 * the warehouse. A run with another key refuses: mixing keys would split every person in two.
 */
public final class WarehouseMetadata {
    public static final int FORMAT_VERSION = 1;
    static final String FILE = "warehouse.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WarehouseMetadata() {
    }

    /** Checks the warehouse against the key (or claims a new warehouse for it). */
    public static void claim(Path warehouse, String keyFingerprint) {
        Path file = warehouse.resolve(FILE);
        try {
            Files.createDirectories(warehouse);
            if (Files.exists(file)) {
                JsonNode node = JSON.readTree(file.toFile());
                int version = node.path("format_version").asInt(-1);
                if (version != FORMAT_VERSION) {
                    throw new IllegalStateException("warehouse " + warehouse + " has format version " + version
                            + ", this commstat writes version " + FORMAT_VERSION);
                }
                String existing = node.path("key_fingerprint").asText("");
                if (!existing.equals(keyFingerprint)) {
                    throw new IllegalStateException("warehouse " + warehouse + " was written with another hash key "
                            + "(fingerprint " + existing + ", this run's key has " + keyFingerprint + "). "
                            + "Mixing keys would split every person in two: use the warehouse's key, "
                            + "or a new warehouse folder.");
                }
                return;
            }
            ObjectNode node = JSON.createObjectNode();
            node.put("format_version", FORMAT_VERSION);
            node.put("key_fingerprint", keyFingerprint);
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }
}
