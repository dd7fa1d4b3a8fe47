package commstat.jobs.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The secret behind the keyed hash of ID numbers. It comes from a key file or the environment variable
 * {@code COMMSTAT_HASH_KEY}; it is never in the repository. The demo ({@code ./commstat demo}) creates a local random key file.
 */
public final class HashKey {
    public static final String ENV = "COMMSTAT_HASH_KEY";
    static final int MIN_LENGTH = 32;

    private HashKey() {
    }

    /** The key bytes: from {@code keyFile} when given, else from {@code COMMSTAT_HASH_KEY}. */
    public static byte[] load(Path keyFile, Map<String, String> env) {
        String key;
        String source;
        if (keyFile != null) {
            try {
                key = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read the hash key file " + keyFile + ": " + e.getMessage(), e);
            }
            source = "key file " + keyFile;
        } else {
            key = env.get(ENV);
            source = "environment variable " + ENV;
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("no hash key: set " + ENV + " or pass --key-file FILE "
                        + "(a secret of at least " + MIN_LENGTH + " characters, kept out of the repository)");
            }
            key = key.strip();
        }
        if (key.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the hash key from " + source + " is too short: "
                    + key.length() + " characters, at least " + MIN_LENGTH + " are needed");
        }
        return key.getBytes(StandardCharsets.UTF_8);
    }
}
