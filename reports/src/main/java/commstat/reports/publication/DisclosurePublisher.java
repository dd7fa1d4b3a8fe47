package commstat.reports.publication;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.reports.disclosure.Disclosure;
import commstat.reports.disclosure.DisclosureJson;
import commstat.reports.disclosure.DisclosureReader;
import commstat.reports.disclosure.PublishedDisclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Publishes the closed disclosures of a snapshot into the permanent publication store (funds.md, "Publication is
 * permanent and verifiable"). A closed quarter never published gets version 1; one whose content differs from its
 * latest published version gets version k+1 with a note of what changed; an unchanged one gets nothing. The run's
 * files and then its manifest (the commit) are written; a run with nothing new writes nothing at all. Every date
 * inside comes from {@code runDate}. The nightly run calls {@link #publish(Path, Path, LocalDate)} in-process.
 *
 * <p>A crash between a file and the manifest leaves files no manifest lists; they were never published, so the
 * next run (which renders the same bytes from the same inputs) writes over them, and verify reports them as extra
 * files until then.
 */
public final class DisclosurePublisher {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Documents rendered before their files are written: bounds memory (a PDF is about 100 KB). */
    private static final int RENDER_BATCH = 64;
    private final List<DisclosureFormat> formats;

    public DisclosurePublisher(List<DisclosureFormat> formats) {
        this.formats = List.copyOf(formats);
        if (this.formats.isEmpty()) {
            throw new IllegalArgumentException("at least one disclosure format is needed");
        }
    }

    /** PDF (the official one), CSV and JSON: {@link DisclosureFormats#standard()}. */
    public static DisclosurePublisher standard() {
        return new DisclosurePublisher(DisclosureFormats.standard());
    }

    public PublicationResult publish(Path snapshotDir, Path publicationDir, LocalDate runDate) {
        requireNonNull(snapshotDir, "snapshotDir is null");
        return publish(DisclosureReader.closed(snapshotDir), publicationDir, runDate);
    }

    public PublicationResult publish(List<Disclosure> closed, Path publicationDir, LocalDate runDate) {
        requireNonNull(publicationDir, "publicationDir is null");
        requireNonNull(runDate, "runDate is null");
        PublicationStore store = new PublicationStore(publicationDir);
        List<Manifest> manifests = store.manifests();
        String previousSha = checkChain(store, manifests);
        if (!manifests.isEmpty() && runDate.isBefore(manifests.get(manifests.size() - 1).date())) {
            throw new IllegalStateException("run date " + runDate + " is before the latest publication ("
                    + manifests.get(manifests.size() - 1).date() + "): publication dates never go back");
        }
        Map<String, Manifest.Entry> latest = PublicationIndex.latest(manifests);

        long started = System.nanoTime();
        List<PublishedDisclosure> pending = new ArrayList<>();
        List<String> contentShas = new ArrayList<>();
        int first = 0;
        int next = 0;
        int unchanged = 0;
        for (Disclosure d : closed) {
            if (!d.closed()) {
                throw new IllegalArgumentException("disclosure " + d.unit().communityCode() + " " + d.quarterLabel()
                        + " is not closed and cannot be published");
            }
            String contentSha = Sha256.of(DisclosureJson.contentBytes(d));
            Manifest.Entry before = latest.get(d.unit().communityCode() + " " + d.quarterLabel());
            if (before != null && before.contentSha256().equals(contentSha)) {
                unchanged++;
                continue;
            }
            if (before == null) {
                first++;
            } else {
                next++;
            }
            int version = before == null ? 1 : before.version() + 1;
            String note = before == null ? "first publication" : changeNote(store, before, d);
            pending.add(new PublishedDisclosure(d, version, runDate, note));
            contentShas.add(contentSha);
        }

        List<Manifest.Entry> entries = new ArrayList<>();
        List<Manifest.FileEntry> files = new ArrayList<>();
        for (int from = 0; from < pending.size(); from += RENDER_BATCH) {
            List<PublishedDisclosure> batch = pending.subList(from, Math.min(pending.size(), from + RENDER_BATCH));
            List<byte[][]> rendered = render(batch);
            for (int i = 0; i < batch.size(); i++) {
                PublishedDisclosure published = batch.get(i);
                Disclosure d = published.content();
                String folder = PublicationStore.versionFolder(d.unit().districtCode(), d.unit().communityCode(),
                        d.quarterLabel(), published.version());
                Map<String, String> paths = new LinkedHashMap<>();
                for (int f = 0; f < formats.size(); f++) {
                    String path = folder + "/" + published.baseName() + "." + formats.get(f).extension();
                    byte[] bytes = rendered.get(i)[f];
                    store.write(path, bytes, true); // an unlisted leftover of an interrupted run, never a published file
                    files.add(new Manifest.FileEntry(path, Sha256.of(bytes), bytes.length, published.version(), runDate));
                    paths.put(formats.get(f).extension(), path);
                }
                Disclosure.Unit u = d.unit();
                entries.add(new Manifest.Entry(u.communityCode(), u.communityName(), u.streetCode(), u.streetName(),
                        u.districtCode(), u.districtName(), d.quarterLabel(), published.version(),
                        contentShas.get(from + i), published.changeNote(), paths));
            }
        }
        long renderMillis = (System.nanoTime() - started) / 1_000_000;
        if (entries.isEmpty()) {
            writeIndexIfChanged(store, manifests, previousSha);
            return new PublicationResult(closed.size(), 0, 0, unchanged, List.of(), null, renderMillis);
        }
        int sequence = manifests.isEmpty() ? 1 : manifests.get(manifests.size() - 1).sequence() + 1;
        Manifest manifest = new Manifest(sequence, runDate, previousSha, entries, files);
        byte[] manifestBytes = manifest.toBytes();
        String manifestPath = PublicationStore.MANIFESTS + "/" + Manifest.fileName(sequence);
        store.write(manifestPath, manifestBytes, false); // the commit: from here on the files are published
        List<Manifest> now = new ArrayList<>(manifests);
        now.add(manifest);
        writeIndexIfChanged(store, now, Sha256.of(manifestBytes));
        return new PublicationResult(closed.size(), first, next, unchanged, files.stream().map(Manifest.FileEntry::path).toList(),
                manifestPath, renderMillis);
    }

    /**
     * Every format of every disclosure of a batch, rendered on the available cores (each document's bytes depend on
     * it alone, so the order of rendering changes nothing); results in the batch's order.
     */
    private List<byte[][]> render(List<PublishedDisclosure> batch) {
        return batch.parallelStream()
                .map(p -> formats.stream().map(f -> f.render(p)).toArray(byte[][]::new))
                .toList();
    }

    /** The chain must hold before anything is added to it; returns the latest manifest's SHA-256 (null if none). */
    private static String checkChain(PublicationStore store, List<Manifest> manifests) {
        String previous = null;
        List<Path> paths = store.manifestFiles();
        for (int i = 0; i < manifests.size(); i++) {
            Manifest m = manifests.get(i);
            if (m.sequence() != i + 1 || PublicationStore.sequenceOf(paths.get(i)) != i + 1) {
                throw new IllegalStateException("the publication store " + store.root() + " has a gap in its manifests at "
                        + paths.get(i).getFileName() + "; run `commstat verify " + store.root() + "`");
            }
            if (!java.util.Objects.equals(previous, m.previousManifestSha256())) {
                throw new IllegalStateException("the publication store " + store.root() + " has a broken chain at "
                        + paths.get(i).getFileName() + "; run `commstat verify " + store.root() + "`");
            }
            previous = Sha256.of(paths.get(i));
        }
        return previous;
    }

    private static void writeIndexIfChanged(PublicationStore store, List<Manifest> manifests, String latestSha) {
        if (manifests.isEmpty()) {
            return;
        }
        byte[] index = PublicationIndex.render(manifests, latestSha);
        Path p = store.root().resolve(PublicationStore.INDEX);
        if (Files.exists(p) && java.util.Arrays.equals(PublicationStore.read(p), index)) {
            return;
        }
        store.write(PublicationStore.INDEX, index, true);
    }

    /** What changed since {@code before}, read from its published JSON (its content part). */
    private static String changeNote(PublicationStore store, Manifest.Entry before, Disclosure now) {
        String json = before.files().get("json");
        if (json == null || !Files.exists(store.root().resolve(json))) {
            return "content changed since version " + before.version();
        }
        try {
            Map<String, Object> old = JSON.readValue(store.root().resolve(json).toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
            });
            old.remove("format_version");
            old.remove("publication");
            Map<String, Object> fresh = JSON.readValue(DisclosureJson.contentBytes(now),
                    new TypeReference<LinkedHashMap<String, Object>>() {
                    });
            return "changed since version " + before.version() + ": " + ChangeNote.between(old, fresh);
        } catch (IOException e) {
            return "content changed since version " + before.version();
        }
    }
}
