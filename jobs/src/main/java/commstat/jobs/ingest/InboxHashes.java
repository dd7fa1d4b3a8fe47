package commstat.jobs.ingest;

import commstat.jobs.publish.SnapshotStore;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code inbox_hashes.tsv}: each inbox file's size, modification time and SHA-256 as the ingest found them, so that
 * the next run hashes only the files whose size or time differ (reading 1.4 GB to learn that nothing changed took
 * most of the listing at scale 10). Kept in the snapshot but not part of its content (times are not content); a
 * file modified less than {@link #SETTLE_NANOS} before the scan is left out, as it may still change within the
 * same time stamp.
 */
final class InboxHashes {
    static final String FILE = SnapshotStore.INBOX_HASHES;
    static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String HEADER = "file_name\tsize_bytes\tmodified_nanos\tsha256";

    /** A file as an earlier scan saw it. */
    record Known(long sizeBytes, long modifiedNanos, String sha256) {
    }

    private InboxHashes() {
    }

    /** The hashes {@code snapshot} recorded; none when it is null or has no readable record (then all are hashed). */
    static Map<String, Known> read(Path snapshot) {
        Map<String, Known> known = new HashMap<>();
        if (snapshot == null) {
            return known;
        }
        try (BufferedReader in = Files.newBufferedReader(snapshot.resolve(FILE), StandardCharsets.UTF_8)) {
            if (!HEADER.equals(in.readLine())) {
                return Map.of();
            }
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    return Map.of();
                }
                known.put(f[0], new Known(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
            }
            return known;
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // a damaged record only costs hashing every file again
        }
    }

    /** Writes the record of {@code inbox} (in its order) into {@code warehouse}, scanned at {@code scannedAtNanos}. */
    static void write(Path warehouse, List<InboxFile> inbox, long scannedAtNanos) {
        Path file = warehouse.resolve(FILE);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (InboxFile f : inbox) {
                if (f.modifiedNanos() < scannedAtNanos - SETTLE_NANOS && f.fileName().indexOf('\t') < 0
                        && f.fileName().indexOf('\n') < 0) {
                    out.write(f.fileName() + '\t' + f.sizeBytes() + '\t' + f.modifiedNanos() + '\t' + f.sha256() + '\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
