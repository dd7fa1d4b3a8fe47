package commstat.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An inbox file as the incremental ingest recognises it again: name, size and SHA-256 of its bytes. A file whose
 * three are unchanged since the last run need not be read again. The modification time only spares hashing a file
 * whose size and time are as the last scan recorded them ({@link InboxHashes}).
 */
public record InboxFile(String fileName, Path path, long sizeBytes, long modifiedNanos, String sha256) {
    /**
     * Every file's name, size and hash, in the order given; a file in {@code known} with the same size and time keeps
     * its recorded hash. Hashed on all cores: the executors are idle while the driver lists the inbox, and one thread
     * took 3.4 s for the 29,000 files of scale 1 (issue 9).
     */
    public static List<InboxFile> scan(List<Path> files, Map<String, InboxHashes.Known> known) {
        return files.parallelStream().map(f -> of(f, known)).toList();
    }

    static InboxFile of(Path file, Map<String, InboxHashes.Known> known) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            String name = file.getFileName().toString();
            long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            InboxHashes.Known k = known.get(name);
            String sha256 = k != null && k.sizeBytes() == a.size() && k.modifiedNanos() == modified
                    ? k.sha256() : sha256(file);
            return new InboxFile(name, file, a.size(), modified, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
