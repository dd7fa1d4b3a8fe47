package commstat.jobs.ingest;

import commstat.ingest.submissions.DeadlinePolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What every per-file validation result depends on besides the file itself: the reference files (which
 * communities exist), the settings and the hash key. When any of them differs from the run whose results would
 * be reused, every file is validated again.
 *
 * @param referenceSha256 SHA-256 over the names and bytes of every file in {@code reference/}, in name order
 * @param settings        the settings and the version of the validation rules, e.g. {@code rules=1;deadline_day=10}
 * @param keyFingerprint  the hash key's fingerprint (never the key)
 */
public record IngestInputs(String referenceSha256, String settings, String keyFingerprint) {
    /** Raise when a change of the validation code changes what a file's result is: old results are then not reused. */
    static final int RULES_VERSION = 1;

    static IngestInputs of(Path referenceDir, DeadlinePolicy deadlines, String keyFingerprint) {
        return new IngestInputs(referenceSha256(referenceDir),
                "rules=" + RULES_VERSION + ";deadline_day=" + deadlines.dayOfNextMonth(), keyFingerprint);
    }

    /** Why results made under {@code earlier} cannot be reused now, or null when they can. */
    String changeFrom(IngestInputs earlier) {
        if (!keyFingerprint.equals(earlier.keyFingerprint)) {
            return "the hash key changed (fingerprint " + earlier.keyFingerprint + " -> " + keyFingerprint + ")";
        }
        if (!referenceSha256.equals(earlier.referenceSha256)) {
            return "a reference file changed";
        }
        if (!settings.equals(earlier.settings)) {
            return "the settings changed (" + earlier.settings + " -> " + settings + ")";
        }
        return null;
    }

    static String referenceSha256(Path dir) {
        MessageDigest digest = InboxFile.newDigest();
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            for (Path f : files) {
                digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(InboxFile.sha256(f).getBytes(StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
