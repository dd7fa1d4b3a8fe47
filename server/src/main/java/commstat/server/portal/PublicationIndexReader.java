package commstat.server.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.server.api.ApiException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The permanent publication store's {@code index.json} ({@code <root>/publication/}, outside the snapshots). Files are
 * served only as the index names them, by (community, quarter, version, format): no path from a request ever
 * reaches the file system.
 */
public final class PublicationIndexReader {
    public static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FORMATS = List.of("pdf", "csv", "json");

    private final Path store;

    public PublicationIndexReader(Path root) {
        this.store = requireNonNull(root, "root is null").resolve("publication");
    }

    /** Every published version, in the index's order (district, community, quarter, version). */
    public List<PublishedDisclosure> all() {
        Path index = store.resolve("index.json");
        if (!Files.isRegularFile(index)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = JSON.readTree(index.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publication index " + index, e);
        }
        List<PublishedDisclosure> out = new ArrayList<>();
        for (JsonNode d : root.path("disclosures")) {
            String community = d.path("community_code").asText();
            String quarter = d.path("quarter").asText();
            int version = d.path("version").asInt();
            Map<String, String> downloads = new TreeMap<>();
            Iterator<String> formats = d.path("files").fieldNames();
            while (formats.hasNext()) {
                String f = formats.next();
                if (FORMATS.contains(f) && d.path("files").hasNonNull(f)) {
                    downloads.put(f, "/portal/download/" + community + "/" + quarter + "/" + version + "/" + f);
                }
            }
            out.add(new PublishedDisclosure(text(d, "district_code"), text(d, "district_name"),
                    text(d, "street_code"), text(d, "street_name"), community, text(d, "community_name"), quarter,
                    version, d.path("status").asText("current"), text(d, "published_on"), text(d, "superseded_on"),
                    d.hasNonNull("superseded_by_version") ? d.get("superseded_by_version").asInt() : null,
                    text(d, "change_note"), text(d, "content_sha256"), downloads));
        }
        return out;
    }

    /** The published file of a version in a format: its path inside the store, checked to stay inside it. */
    public Path file(String communityCode, String quarter, int version, String format) {
        if (!FORMATS.contains(format)) {
            throw ApiException.badParameter("format '" + format + "' is not one of pdf, csv, json");
        }
        Path index = store.resolve("index.json");
        JsonNode root;
        try {
            root = Files.isRegularFile(index) ? JSON.readTree(index.toFile()) : JSON.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the publication index " + index, e);
        }
        for (JsonNode d : root.path("disclosures")) {
            if (communityCode.equals(d.path("community_code").asText()) && quarter.equals(d.path("quarter").asText())
                    && version == d.path("version").asInt()) {
                String rel = d.path("files").path(format).asText(null);
                if (rel == null) {
                    break;
                }
                Path file = store.resolve(rel).normalize();
                if (!file.startsWith(store) || !Files.isRegularFile(file)) {
                    throw ApiException.notFound("the " + format + " of " + communityCode + " " + quarter + " v"
                            + version + " is not in the publication store");
                }
                return file;
            }
        }
        throw ApiException.notFound("no published " + format + " of " + communityCode + " " + quarter + " v" + version);
    }

    /** The entries matching every filter given (null: any). */
    public static List<PublishedDisclosure> filter(List<PublishedDisclosure> all, String district, String street,
                                                   String community, String quarter) {
        return all.stream()
                .filter(d -> district == null || district.equals(d.districtCode()))
                .filter(d -> street == null || street.equals(d.streetCode()))
                .filter(d -> community == null || community.equals(d.communityCode()))
                .filter(d -> quarter == null || quarter.equals(d.quarter()))
                .toList();
    }

    public static Optional<String> nameOf(List<PublishedDisclosure> all, String code) {
        return all.stream().filter(d -> code.equals(d.districtCode())).map(PublishedDisclosure::districtName)
                .findFirst();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
