package commstat.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One publication run's manifest: every file it published (path, SHA-256, size, version, date) and every
 * disclosure version it added, chained to the manifest before it by that file's SHA-256 (null for the first).
 */
public record Manifest(int sequence, LocalDate date, String previousManifestSha256, List<Entry> disclosures,
                       List<FileEntry> files) {
    static final int FORMAT_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public Manifest {
        if (sequence < 1) {
            throw new IllegalArgumentException("manifest sequence must be 1 or more, got " + sequence);
        }
        requireNonNull(date, "date is null");
        disclosures = List.copyOf(disclosures);
        files = List.copyOf(files);
    }

    /** {@code manifest-000001.json}. */
    public static String fileName(int sequence) {
        return String.format("manifest-%06d.json", sequence);
    }

    /**
     * A disclosure version this run published. The names are kept so the index can be rebuilt from the manifests
     * alone; {@code files} maps extension → path relative to the publication folder.
     */
    public record Entry(String communityCode, String communityName, String streetCode, String streetName,
                        String districtCode, String districtName, String quarter, int version, String contentSha256,
                        String changeNote, Map<String, String> files) {
        public Entry {
            requireNonNull(communityCode, "communityCode is null");
            requireNonNull(quarter, "quarter is null");
            requireNonNull(contentSha256, "contentSha256 is null");
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        }
    }

    /** A published file, its path relative to the publication folder. */
    public record FileEntry(String path, String sha256, long size, int version, LocalDate date) {
        public FileEntry {
            requireNonNull(path, "path is null");
            requireNonNull(sha256, "sha256 is null");
            requireNonNull(date, "date is null");
        }
    }

    byte[] toBytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format_version", FORMAT_VERSION);
        m.put("sequence", sequence);
        m.put("date", date.toString());
        m.put("previous_manifest", sequence == 1 ? null : fileName(sequence - 1));
        m.put("previous_manifest_sha256", previousManifestSha256);
        List<Object> ds = new ArrayList<>();
        for (Entry e : disclosures) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("community_code", e.communityCode());
            d.put("community_name", e.communityName());
            d.put("street_code", e.streetCode());
            d.put("street_name", e.streetName());
            d.put("district_code", e.districtCode());
            d.put("district_name", e.districtName());
            d.put("quarter", e.quarter());
            d.put("version", e.version());
            d.put("content_sha256", e.contentSha256());
            d.put("change_note", e.changeNote());
            d.put("files", e.files());
            ds.add(d);
        }
        m.put("disclosures", ds);
        List<Object> fs = new ArrayList<>();
        for (FileEntry f : files) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("path", f.path());
            x.put("sha256", f.sha256());
            x.put("size", f.size());
            x.put("version", f.version());
            x.put("date", f.date().toString());
            fs.add(x);
        }
        m.put("files", fs);
        try {
            return (JSON.writeValueAsString(m) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a manifest; a malformed one is an {@link IllegalArgumentException} naming what is wrong. */
    static Manifest parse(String name, byte[] bytes) {
        try {
            JsonNode m = JSON.readTree(bytes);
            List<Entry> ds = new ArrayList<>();
            for (JsonNode d : required(m, "disclosures", name)) {
                Map<String, String> files = new LinkedHashMap<>();
                d.path("files").fields().forEachRemaining(f -> files.put(f.getKey(), f.getValue().asText()));
                ds.add(new Entry(text(d, "community_code"), text(d, "community_name"), text(d, "street_code"),
                        text(d, "street_name"), text(d, "district_code"), text(d, "district_name"), text(d, "quarter"),
                        d.path("version").asInt(), text(d, "content_sha256"), text(d, "change_note"), files));
            }
            List<FileEntry> fs = new ArrayList<>();
            for (JsonNode f : required(m, "files", name)) {
                fs.add(new FileEntry(text(f, "path"), text(f, "sha256"), f.path("size").asLong(), f.path("version").asInt(),
                        LocalDate.parse(text(f, "date"))));
            }
            return new Manifest(required(m, "sequence", name).asInt(), LocalDate.parse(required(m, "date", name).asText()),
                    text(m, "previous_manifest_sha256"), ds, fs);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a readable manifest: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode n, String field, String name) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(name + " has no " + field);
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
