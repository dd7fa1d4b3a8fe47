package commstat.jobs.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over a folder's content: every regular file's relative path ({@code /}-separated), length and bytes, in
 * path order. Times and permissions do not count, so two runs writing the same bytes get the same hash.
 */
public final class ContentHash {
    private ContentHash() {
    }

    /** The hash of {@code dir}, leaving out the top-level files and folders named in {@code except}. */
    public static String of(Path dir, String... except) {
        MessageDigest digest = sha256();
        List<String> skipped = List.of(except);
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> !skipped.contains(dir.relativize(p).getName(0).toString()))
                    .sorted((a, b) -> relative(dir, a).compareTo(relative(dir, b)))
                    .toList();
            for (Path f : files) {
                digest.update(relative(dir, f).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(Files.size(f)).array());
                try (InputStream in = Files.newInputStream(f)) {
                    update(digest, in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + dir, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds the rest of {@code in} to {@code digest}. */
    public static void update(MessageDigest digest, InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
        }
    }

    private static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
