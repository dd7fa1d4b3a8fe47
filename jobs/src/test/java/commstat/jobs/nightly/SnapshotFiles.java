package commstat.jobs.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares folders file by file, byte for byte. */
final class SnapshotFiles {
    private SnapshotFiles() {
    }

    /** Relative path to SHA-256 of every regular file under {@code dir}, leaving out the names given. */
    static Map<String, String> digests(Path dir, String... except) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (java.util.List.of(except).contains(rel)) {
                    continue;
                }
                out.put(rel, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static void assertSameBytes(Path actual, Path expected, String... except) {
        Map<String, String> a = digests(actual, except);
        Map<String, String> e = digests(expected, except);
        assertThat(a.keySet()).as("files of %s against %s", actual, expected).isEqualTo(e.keySet());
        assertThat(a.keySet()).as("files of %s", actual).anyMatch(n -> n.endsWith(".parquet"));
        for (String file : e.keySet()) {
            assertThat(a.get(file)).as("bytes of %s in %s against %s", file, actual, expected).isEqualTo(e.get(file));
        }
    }
}
