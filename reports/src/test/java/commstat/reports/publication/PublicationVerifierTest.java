package commstat.reports.publication;

import commstat.reports.disclosure.TestDisclosures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A store of two publication runs, then one kind of damage per test; verify names it exactly. */
class PublicationVerifierTest {
    static final String V1_CSV = "disclosures/371902/371902001001/2025-Q1/v1/disclosure-371902001001-2025-Q1-v1.csv";

    @TempDir
    Path store;

    @BeforeEach
    void twoRuns() {
        DisclosurePublisher p = new DisclosurePublisher(List.of(DisclosureFormat.JSON, DisclosureFormat.CSV));
        p.publish(List.of(TestDisclosures.sample("5000.00")), store, LocalDate.of(2026, 3, 1));
        p.publish(List.of(TestDisclosures.sample("5100.00"), TestDisclosures.sample("371902001002", "东荷塘巷社区", 1, "1.00")),
                store, LocalDate.of(2026, 3, 2));
    }

    @Test
    void anUntouchedFolderPasses() {
        PublicationVerifier.Report r = PublicationVerifier.verify(store);
        assertThat(r.problems()).isEmpty();
        assertThat(r.manifests()).isEqualTo(2);
        assertThat(r.files()).isEqualTo(6);
        assertThat(r.toText()).startsWith("OK: 2 manifests, 6 files; chain head manifest-000002.json sha256 ");
        assertThat(PublicationVerifier.verify(store, r.headSha256()).ok()).isTrue();
    }

    @Test
    void aFlippedByteIsAChangedFile() throws IOException {
        Path f = store.resolve(V1_CSV);
        byte[] b = Files.readAllBytes(f);
        b[b.length / 2] ^= 1;
        Files.write(f, b);
        assertThat(PublicationVerifier.verify(store).problems()).singleElement().asString()
                .startsWith("changed file " + V1_CSV + ": SHA-256 ").contains("manifest-000001.json says SHA-256 ");
    }

    @Test
    void aDeletedFileIsMissing() throws IOException {
        Files.delete(store.resolve(V1_CSV));
        assertThat(PublicationVerifier.verify(store).problems())
                .containsExactly("missing file " + V1_CSV + " (published in manifest-000001.json)");
    }

    @Test
    void anAddedFileIsExtra() throws IOException {
        Files.writeString(store.resolve("disclosures/371902/371902001001/2025-Q1/v1/forged.pdf"), "x");
        assertThat(PublicationVerifier.verify(store).problems())
                .containsExactly("extra file disclosures/371902/371902001001/2025-Q1/v1/forged.pdf (in no manifest)");
    }

    @Test
    void anEditedManifestBreaksTheChainAtTheNextOne() throws IOException {
        Path m1 = store.resolve("manifests/manifest-000001.json");
        Files.writeString(m1, Files.readString(m1).replace("first publication", "first publication!"));
        assertThat(PublicationVerifier.verify(store).problems()).singleElement().asString()
                .startsWith("broken chain at manifest-000002.json: it records the previous manifest's SHA-256 as ");
    }

    @Test
    void anEditedLatestManifestIsCaughtByItsFilesOrTheKeptHead() throws IOException {
        String head = PublicationVerifier.verify(store).headSha256();
        Path m2 = store.resolve("manifests/manifest-000002.json");
        Files.writeString(m2, Files.readString(m2).replace("\"2026-03-02\"", "\"2026-03-03\""));
        assertThat(PublicationVerifier.verify(store, head).problems()).anyMatch(p -> p.startsWith("chain head manifest-000002.json"));
    }

    @Test
    void aRemovedManifestIsAGapInTheChainAndItsFilesBecomeExtra() throws IOException {
        Files.delete(store.resolve("manifests/manifest-000001.json"));
        List<String> problems = PublicationVerifier.verify(store).problems();
        assertThat(problems).contains("missing manifest manifests/manifest-000001.json: the chain is broken before manifest-000002.json",
                "extra file " + V1_CSV + " (in no manifest)");
    }

    @Test
    void anEditedIndexIsReported() throws IOException {
        Path index = store.resolve("index.json");
        Files.writeString(index, Files.readString(index).replace("superseded", "current"));
        assertThat(PublicationVerifier.verify(store).problems())
                .containsExactly("index.json does not match the manifests (it was changed; the next publication run rebuilds it from them)");
    }
}
