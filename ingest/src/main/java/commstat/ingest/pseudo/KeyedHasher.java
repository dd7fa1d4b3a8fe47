package commstat.ingest.pseudo;

import commstat.ingest.read.UnicodeText;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * The keyed hash that replaces an ID number at ingest: HMAC-SHA256, hex, over the normalised ID (NFKC, trimmed,
 * upper-case {@code X}) so one person links across months and datasets and never splits in two. The key comes
 * from the caller (configuration, never the repository). Serializable so a Spark closure can carry it; the
 * {@link Mac} itself is rebuilt per thread.
 */
public final class KeyedHasher implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String FINGERPRINT_MESSAGE = "commstat key fingerprint";
    public static final int MIN_KEY_BYTES = 16;

    private final byte[] key;
    private transient volatile ThreadLocal<Mac> mac;

    public KeyedHasher(byte[] key) {
        requireNonNull(key, "key is null");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the hash key must have at least " + MIN_KEY_BYTES + " bytes, got "
                    + key.length);
        }
        this.key = key.clone();
    }

    /** The person key of an ID number: the HMAC of its normalised form. */
    public String personKey(String idNumber) {
        return hmacHex(normalise(idNumber));
    }

    /** NFKC, trimmed, lower-case {@code x} as {@code X}: the form that is hashed. */
    public static String normalise(String idNumber) {
        return UnicodeText.nfkcTrim(idNumber).toUpperCase(Locale.ROOT);
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code message}, as 64 lower-case hex characters. */
    public String hmacHex(String message) {
        byte[] digest = mac().doFinal(message.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }

    /** The first 16 hex characters of HMAC(key, "commstat key fingerprint"): shows which key, never the key. */
    public String fingerprint() {
        return hmacHex(FINGERPRINT_MESSAGE).substring(0, 16);
    }

    private Mac mac() {
        if (mac == null) {
            mac = ThreadLocal.withInitial(this::newMac);
        }
        return mac.get();
    }

    private Mac newMac() {
        try {
            Mac m = Mac.getInstance(ALGORITHM);
            m.init(new SecretKeySpec(key, ALGORITHM));
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedHasher h && Arrays.equals(h.key, key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "KeyedHasher[fingerprint=" + fingerprint() + "]";
    }
}
