package commstat.jobs.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * An inbox file as the incremental ingest recognises it again: name, size and SHA-256 of its bytes. A file whose
 * three are unchanged since the last run need not be read again.
 */
public record InboxFile(String fileName, Path path, long sizeBytes, String sha256) {
    /**
     * Every file's name, size and hash, in the order given. Hashed on all cores: the executors are idle while the
     * driver lists the inbox, and one thread took 3.4 s for the 29,000 files of scale 1 (issue 9).
     */
    public static List<InboxFile> scan(List<Path> files) {
        return files.parallelStream().map(InboxFile::of).toList();
    }

    static InboxFile of(Path file) {
        try {
            return new InboxFile(file.getFileName().toString(), file, Files.size(file), sha256(file));
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
