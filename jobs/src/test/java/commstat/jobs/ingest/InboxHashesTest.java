package commstat.jobs.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class InboxHashesTest {
    @TempDir
    Path tmp;

    @Test
    void aFileWithTheRecordedSizeAndTimeKeepsItsHashAndAnyOtherIsHashed() throws Exception {
        Path a = file("a.csv", "a,b\n1,2\n", Instant.parse("2026-03-01T01:00:00Z"));
        Path b = file("b.csv", "x\n", Instant.parse("2026-03-01T02:00:00Z"));
        InboxFile first = InboxFile.of(a, Map.of());
        assertThat(first.sha256()).isEqualTo(InboxFile.sha256(a)).hasSize(64);

        long aTime = first.modifiedNanos();
        long bTime = InboxFile.of(b, Map.of()).modifiedNanos();
        Map<String, InboxHashes.Known> known = Map.of(
                "a.csv", new InboxHashes.Known(Files.size(a), aTime, "recorded-a"),
                "b.csv", new InboxHashes.Known(Files.size(b), bTime + 1, "recorded-b"));
        List<InboxFile> scanned = InboxFile.scan(List.of(a, b), known);
        // a: size and time as recorded, so not read; b: another time, so hashed again
        assertThat(scanned).extracting(InboxFile::sha256).containsExactly("recorded-a", InboxFile.sha256(b));

        Files.writeString(a, "a,b\n1,3\n"); // same size, new time
        Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2026-03-02T01:00:00Z")));
        assertThat(InboxFile.of(a, known).sha256()).isEqualTo(InboxFile.sha256(a)).isNotEqualTo(first.sha256());
    }

    @Test
    void theRecordRoundTripsAndLeavesOutFilesTooRecentToTrust() throws Exception {
        Path old = file("old.csv", "1\n", Instant.parse("2026-03-01T01:00:00Z"));
        Path fresh = file("fresh.csv", "2\n", Instant.parse("2026-03-01T01:59:30Z"));
        List<InboxFile> inbox = InboxFile.scan(List.of(old, fresh), Map.of());
        Path snapshot = Files.createDirectories(tmp.resolve("snapshot"));
        long scannedAt = TimeUnit.SECONDS.toNanos(Instant.parse("2026-03-01T02:00:00Z").getEpochSecond());

        InboxHashes.write(snapshot, inbox, scannedAt);

        Map<String, InboxHashes.Known> read = InboxHashes.read(snapshot);
        assertThat(read).containsOnlyKeys("old.csv");
        assertThat(read.get("old.csv")).isEqualTo(new InboxHashes.Known(2, inbox.get(0).modifiedNanos(),
                InboxFile.sha256(old)));
    }

    @Test
    void noRecordOrADamagedOneMeansEveryFileIsHashed() throws Exception {
        assertThat(InboxHashes.read(null)).isEmpty();
        Path snapshot = Files.createDirectories(tmp.resolve("snapshot"));
        assertThat(InboxHashes.read(snapshot)).isEmpty();
        Files.writeString(snapshot.resolve(InboxHashes.FILE),
                "file_name\tsize_bytes\tmodified_nanos\tsha256\na.csv\t2\tnot-a-number\tabc\n");
        assertThat(InboxHashes.read(snapshot)).isEmpty();
        Files.writeString(snapshot.resolve(InboxHashes.FILE), "something else\n");
        assertThat(InboxHashes.read(snapshot)).isEmpty();
    }

    private Path file(String name, String content, Instant modified) throws Exception {
        Path p = Files.writeString(tmp.resolve(name), content);
        Files.setLastModifiedTime(p, FileTime.from(modified));
        return p;
    }
}
