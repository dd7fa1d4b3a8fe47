package commstat.ingest;

import commstat.ingest.landing.Community;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.pseudo.KeyedHasher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Shared test material: the tiny fixture files, a fixed hash key, one known community. */
public final class Fixtures {
    public static final String COMMUNITY = "371902001001";
    public static final KeyedHasher HASHER =
            new KeyedHasher("0123456789abcdef-test-key".getBytes(StandardCharsets.UTF_8));
    public static final ReferenceData REFERENCE = ReferenceData.ofCommunities(List.of(new Community(COMMUNITY,
            "长乐家园社区", "371902001", "长兴街道", "371902", "金坛区", LocalDate.of(2012, 3, 13), null)));

    private Fixtures() {
    }

    /** The bytes of {@code src/test/resources/ingest/<name>}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An inbox name for the fixture community, period 2025-02, submitted 2025-03-05 10:00:00. */
    public static String inboxName(String dataset, String extension) {
        return inboxName(dataset, "2025-02", "20250305T100000", extension);
    }

    public static String inboxName(String dataset, String period, String submittedAt, String extension) {
        return COMMUNITY + "_" + dataset + "_" + period + "_" + submittedAt + "." + extension;
    }
}
