package commstat.ingest.pseudo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedHasherTest {
    private static final KeyedHasher HASHER =
            new KeyedHasher("0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8));

    @Test
    void personKeyIsHmacSha256HexOfTheNormalisedId() {
        // python3: hmac.new(b'0123456789abcdef-test-key', b'371902199003151232', hashlib.sha256).hexdigest()
        assertThat(HASHER.personKey("371902199003151232"))
                .isEqualTo("12452b51d4c2560f7360a39c0c525c86a66485beb98cab9a1ba162ff915cc917");
        assertThat(HASHER.personKey(" 37190219880612118x\u3000")).isEqualTo(HASHER.personKey("37190219880612118X"))
                .isEqualTo("56a936751f23f112af5ef71545aa03b6f7f716cfab50ca8935d6aac742f33bdd");
    }

    @Test
    void theFingerprintShowsWhichKeyNeverTheKey() {
        assertThat(HASHER.fingerprint()).isEqualTo("c01cd4633a634175");
        assertThat(HASHER.toString()).doesNotContain("test-key");
        assertThat(new KeyedHasher("another-key-of-16-bytes".getBytes(StandardCharsets.UTF_8)).fingerprint())
                .isNotEqualTo(HASHER.fingerprint());
    }

    @Test
    void itSurvivesSerialisationAsASparkClosureWould() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(HASHER);
        }
        KeyedHasher copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (KeyedHasher) in.readObject();
        }
        assertThat(copy.personKey("371902199003151232")).isEqualTo(HASHER.personKey("371902199003151232"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new KeyedHasher(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
