package commstat.server.auth;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Salted slow password hashes: bcrypt from spring-security-crypto. The cost is stored in each hash, so a file
 * written with another cost (tests use the minimum) still verifies.
 */
public final class Passwords {
    public static final int DEFAULT_COST = 12;
    /** bcrypt reads only the first 72 bytes; a longer password would silently lose its tail. */
    public static final int MAX_BYTES = 72;
    public static final int MIN_LENGTH = 8;

    private final BCryptPasswordEncoder encoder;

    public Passwords(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    public String hash(String password) {
        if (password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("a password may have at most " + MAX_BYTES + " bytes (bcrypt's limit)");
        }
        return encoder.encode(password);
    }

    /** Whether {@code password} matches; a null hash (no password set) matches nothing. */
    public boolean matches(String password, String hash) {
        if (hash == null || password == null
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return encoder.matches(password, hash);
    }

    /** A hash to compare against when the user does not exist, so that timing does not tell which names exist. */
    String dummyHash() {
        return DUMMY;
    }

    private static final String DUMMY = new BCryptPasswordEncoder(DEFAULT_COST).encode("no such user: dummy");
}
