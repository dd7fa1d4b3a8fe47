package commstat.reports.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code index.json}: every published disclosure version with its status ({@code current} or {@code superseded})
 * and its files, derived from the manifests alone (so it can always be rebuilt, and verify can check it). Sorted by
 * district, community, quarter and version. Superseding is recorded here, never by rewriting a published file.
 */
public final class PublicationIndex {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PublicationIndex() {
    }

    /** The latest published version and content hash per {@code community quarter}. */
    static Map<String, Manifest.Entry> latest(List<Manifest> manifests) {
        Map<String, Manifest.Entry> latest = new TreeMap<>();
        for (Manifest m : manifests) {
            for (Manifest.Entry e : m.disclosures()) {
                latest.merge(e.communityCode() + " " + e.quarter(), e, (a, b) -> b.version() > a.version() ? b : a);
            }
        }
        return latest;
    }

    static byte[] render(List<Manifest> manifests, String latestManifestSha256) {
        record Published(Manifest.Entry entry, Manifest manifest) {
        }
        List<Published> all = new ArrayList<>();
        for (Manifest m : manifests) {
            for (Manifest.Entry e : m.disclosures()) {
                all.add(new Published(e, m));
            }
        }
        all.sort(Comparator.comparing((Published p) -> p.entry().districtCode())
                .thenComparing(p -> p.entry().communityCode())
                .thenComparing(p -> p.entry().quarter())
                .thenComparingInt(p -> p.entry().version()));
        Map<String, Manifest.Entry> latest = latest(manifests);
        Map<String, Published> successor = new TreeMap<>();
        for (Published p : all) {
            if (p.entry().version() > 1) {
                successor.put(p.entry().communityCode() + " " + p.entry().quarter() + " v" + (p.entry().version() - 1), p);
            }
        }
        List<Object> rows = new ArrayList<>();
        for (Published p : all) {
            Manifest.Entry e = p.entry();
            String key = e.communityCode() + " " + e.quarter();
            Published next = successor.get(key + " v" + e.version());
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("district_code", e.districtCode());
            r.put("district_name", e.districtName());
            r.put("street_code", e.streetCode());
            r.put("street_name", e.streetName());
            r.put("community_code", e.communityCode());
            r.put("community_name", e.communityName());
            r.put("quarter", e.quarter());
            r.put("version", e.version());
            r.put("status", latest.get(key).version() == e.version() ? "current" : "superseded");
            r.put("published_on", p.manifest().date().toString());
            r.put("superseded_on", next == null ? null : next.manifest().date().toString());
            r.put("superseded_by_version", next == null ? null : next.entry().version());
            r.put("change_note", e.changeNote());
            r.put("content_sha256", e.contentSha256());
            r.put("manifest", PublicationStore.MANIFESTS + "/" + Manifest.fileName(p.manifest().sequence()));
            r.put("files", e.files());
            rows.add(r);
        }
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("format_version", 1);
        index.put("manifests", manifests.size());
        index.put("latest_manifest", manifests.isEmpty() ? null
                : PublicationStore.MANIFESTS + "/" + Manifest.fileName(manifests.get(manifests.size() - 1).sequence()));
        index.put("latest_manifest_sha256", latestManifestSha256);
        index.put("disclosures", rows);
        try {
            return (JSON.writeValueAsString(index) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
