package commstat.ingest.validate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of strings, each length-prefixed so that no two sequences collide by concatenation.
 * Fed with what was read (outcome, field values row by row, rejected rows) and never line numbers, so a CSV and
 * a JSON of one submission digest alike.
 */
final class ContentDigest {
    private final MessageDigest sha;

    ContentDigest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    ContentDigest add(String s) {
        if (s == null) {
            sha.update((byte) 0xFF);
            return this;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        int n = bytes.length;
        sha.update(new byte[]{(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sha.update(bytes);
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of a file's bytes, streamed (for a file too large to load). */
    static String ofFile(java.nio.file.Path file) throws java.io.IOException {
        try (var in = new java.security.DigestInputStream(java.nio.file.Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return "bytes:" + HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The digest of raw bytes, for a file that was never parsed but may have an identical twin. */
    static String ofBytes(byte[] bytes) {
        try {
            return "bytes:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
