package commstat.reports.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.reports.disclosure.Disclosure;
import commstat.reports.disclosure.TestDisclosures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisclosurePublisherTest {
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final String V1_JSON = "disclosures/371902/371902001001/2025-Q1/v1/disclosure-371902001001-2025-Q1-v1.json";
    static final String V2_JSON = "disclosures/371902/371902001001/2025-Q1/v2/disclosure-371902001001-2025-Q1-v2.json";

    @TempDir
    Path store;
    final DisclosurePublisher publisher = new DisclosurePublisher(List.of(DisclosureFormat.JSON, DisclosureFormat.CSV));

    List<Disclosure> night(String city) {
        return List.of(TestDisclosures.sample(city), TestDisclosures.sample("371902001002", "东荷塘巷社区", 1, "800.00"));
    }

    @Test
    void theFirstRunPublishesVersionOneOfEveryClosedQuarterWithAManifestAndAnIndex() throws IOException {
        PublicationResult r = publisher.publish(night("5000.00"), store, MARCH_1);
        assertThat(r.firstVersions()).isEqualTo(2);
        assertThat(r.filesWritten()).hasSize(4).contains(V1_JSON);
        assertThat(r.manifest()).isEqualTo("manifests/manifest-000001.json");
        JsonNode manifest = json("manifests/manifest-000001.json");
        assertThat(manifest.get("previous_manifest_sha256").isNull()).isTrue();
        assertThat(manifest.get("files")).hasSize(4);
        JsonNode file = manifest.get("files").get(0);
        assertThat(file.get("sha256").asText()).isEqualTo(Sha256.of(store.resolve(file.get("path").asText())));
        assertThat(file.get("size").asLong()).isEqualTo(Files.size(store.resolve(file.get("path").asText())));
        assertThat(file.get("date").asText()).isEqualTo("2026-03-01");
        JsonNode index = json("index.json");
        assertThat(index.get("disclosures")).extracting(d -> d.get("community_name").asText() + " " + d.get("version")
                + " " + d.get("status").asText()).containsExactly("长乐家园社区 1 current", "东荷塘巷社区 1 current");
        assertThat(PublicationVerifier.verify(store).problems()).isEmpty();
    }

    @Test
    void aRerunWithTheSameInputsAndDateWritesNothing() throws IOException {
        publisher.publish(night("5000.00"), store, MARCH_1);
        Map<String, String> before = snapshot();
        PublicationResult again = publisher.publish(night("5000.00"), store, MARCH_1);
        assertThat(again.published()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.manifest()).isNull();
        assertThat(snapshot()).isEqualTo(before);
        PublicationResult later = publisher.publish(night("5000.00"), store, MARCH_2);
        assertThat(later.published()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aChangedQuarterGetsVersionTwoAndVersionOneStaysMarkedSuperseded() throws IOException {
        publisher.publish(night("5000.00"), store, MARCH_1);
        byte[] v1 = Files.readAllBytes(store.resolve(V1_JSON));
        PublicationResult r = publisher.publish(night("5100.00"), store, MARCH_2);
        assertThat(r.newVersions()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(Files.readAllBytes(store.resolve(V1_JSON))).isEqualTo(v1);
        JsonNode v2 = json(V2_JSON);
        assertThat(v2.at("/publication/version").asInt()).isEqualTo(2);
        assertThat(v2.at("/publication/publication_date").asText()).isEqualTo("2026-03-02");
        assertThat(v2.at("/publication/change_note").asText()).startsWith("changed since version 1: ")
                .contains("accounts.TOTAL.income.CITY_ALLOCATION: 5000.00 → 5100.00")
                .contains("accounts.TOTAL.closing: 2900.01 → 3000.01");
        JsonNode manifest2 = json("manifests/manifest-000002.json");
        assertThat(manifest2.get("previous_manifest_sha256").asText())
                .isEqualTo(Sha256.of(store.resolve("manifests/manifest-000001.json")));
        assertThat(manifest2.get("files")).hasSize(2);
        Map<String, String> status = new TreeMap<>();
        for (JsonNode d : json("index.json").get("disclosures")) {
            status.put(d.get("community_code").asText() + " v" + d.get("version").asInt(), d.get("status").asText()
                    + " " + d.get("superseded_on").asText() + " " + d.get("files").get("json").asText());
        }
        assertThat(status).containsExactly(
                Map.entry("371902001001 v1", "superseded 2026-03-02 " + V1_JSON),
                Map.entry("371902001001 v2", "current null " + V2_JSON),
                Map.entry("371902001002 v1", "current null disclosures/371902/371902001002/2025-Q1/v1/"
                        + "disclosure-371902001002-2025-Q1-v1.json"));
        assertThat(PublicationVerifier.verify(store).problems()).isEmpty();
    }

    @Test
    void publicationDatesNeverGoBack() {
        publisher.publish(night("5000.00"), store, MARCH_2);
        assertThatThrownBy(() -> publisher.publish(night("5100.00"), store, MARCH_1))
                .hasMessageContaining("run date 2026-03-01 is before the latest publication (2026-03-02)");
    }

    @Test
    void aBrokenChainStopsTheNextPublication() throws IOException {
        publisher.publish(night("5000.00"), store, MARCH_1);
        publisher.publish(night("5100.00"), store, MARCH_2);
        Path m1 = store.resolve("manifests/manifest-000001.json");
        Files.writeString(m1, Files.readString(m1).replace("\"2026-03-01\"", "\"2026-02-28\""));
        assertThatThrownBy(() -> publisher.publish(night("5200.00"), store, MARCH_2))
                .hasMessageContaining("broken chain at manifest-000002.json");
    }

    private JsonNode json(String relative) throws IOException {
        return new ObjectMapper().readTree(store.resolve(relative).toFile());
    }

    /** Every file with its bytes' hash and modification time: a run that writes nothing leaves this equal. */
    private Map<String, String> snapshot() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(store)) {
            for (Path p : walk.toList()) {
                FileTime t = Files.getLastModifiedTime(p);
                out.put(store.relativize(p).toString(), (Files.isRegularFile(p) ? Sha256.of(p) : "dir") + " " + t);
            }
        }
        return out;
    }
}
