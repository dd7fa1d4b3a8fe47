package commstat.ingest.validate;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static commstat.ingest.Fixtures.HASHER;
import static commstat.ingest.Fixtures.REFERENCE;
import static commstat.ingest.Fixtures.bytes;
import static commstat.ingest.Fixtures.inboxName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Spark caches validated files with Java serialization; the accepted rows travel as one byte array. */
class FileResultSerializationTest {
    private final SubmissionValidator validator = new SubmissionValidator(REFERENCE, HASHER);

    @Test
    void validatedFilesOfEveryDatasetComeBackEqual() throws Exception {
        List<FileResult> results = List.of(
                validator.validate(inboxName("funds", "csv"), bytes("funds_amounts.csv")),
                validator.validate(inboxName("floating", "csv"), bytes("floating_rules.csv")),
                validator.validate(inboxName("employment", "csv"), bytes("employment_chinese.csv")),
                validator.validate(inboxName("population", "csv"), bytes("population_utf8.csv")));
        for (FileResult r : results) {
            assertThat(r.accepted()).as(r.fileName()).isNotEmpty();
            assertThat(roundTrip(r)).as(r.fileName()).isEqualTo(r);
        }
        // the fixtures hold every type a stored value has, and missing values
        List<Class<?>> types = results.stream().flatMap(r -> r.accepted().stream())
                .flatMap(row -> Arrays.stream(row.values())).map(v -> v == null ? Void.class : v.getClass())
                .distinct().toList();
        assertThat(types).contains(String.class, Integer.class, LocalDate.class, BigDecimal.class, Void.class);
    }

    @Test
    void everyValueTypeAndItsEdgesRoundTrip() throws Exception {
        StoredRow row = new StoredRow(7, new Object[]{null, "", "社区\u0000居委会" + "长".repeat(30_000), Integer.MIN_VALUE,
                LocalDate.of(1900, 1, 1), new BigDecimal("-123456789012345678901234567890.05"), new BigDecimal("0.00"),
                Boolean.TRUE, Boolean.FALSE});
        List<StoredRow> back = StoredRowCodec.decode(StoredRowCodec.encode(List.of(row, new StoredRow(8,
                new Object[0]))));
        assertThat(back).containsExactly(row, new StoredRow(8, new Object[0]));
        assertThat(((BigDecimal) back.get(0).values()[6]).scale()).isEqualTo(2);
    }

    @Test
    void aValueOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> StoredRowCodec.encode(List.of(new StoredRow(1, new Object[]{1L}))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Long");
    }

    @Test
    void theRowsAreSmallerThanAsObjects() throws Exception {
        FileResult r = validator.validate(inboxName("floating", "csv"), bytes("floating_rules.csv"));
        int compact = serialized(r).length;
        int asObjects = serialized(new java.util.ArrayList<>(r.accepted())).length
                + serialized(r.withoutAccepted()).length;
        assertThat(compact).isLessThan(asObjects);
    }

    private static FileResult roundTrip(FileResult r) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized(r)))) {
            return (FileResult) in.readObject();
        }
    }

    private static byte[] serialized(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
