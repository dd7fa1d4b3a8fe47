package commstat.ingest.validate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's stored rows as one byte array, each value behind a one-byte tag. Spark caches the validated files
 * serialized; with Java serialization of the rows themselves (a {@code StoredRow}, an {@code Object[]} and a
 * boxed value each) the object streams were 7–14% of the ingest's samples (docs/BENCHMARKS.md).
 */
final class StoredRowCodec {
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT = 2;
    private static final byte DATE = 3;
    private static final byte DECIMAL = 4;
    private static final byte TRUE = 5;
    private static final byte FALSE = 6;

    private StoredRowCodec() {
    }

    static byte[] encode(List<StoredRow> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * rows.size() + 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(rows.size());
            for (StoredRow row : rows) {
                out.writeInt(row.line());
                out.writeShort(row.values().length);
                for (Object v : row.values()) {
                    write(out, v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
        }
        return bytes.toByteArray();
    }

    static List<StoredRow> decode(byte[] encoded) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int n = in.readInt();
            List<StoredRow> rows = new ArrayList<>(n);
            for (int r = 0; r < n; r++) {
                int line = in.readInt();
                Object[] values = new Object[in.readShort()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = read(in);
                }
                rows.add(new StoredRow(line, values));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("corrupt stored rows", e);
        }
    }

    private static void write(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(NULL);
        } else if (v instanceof String s) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeByte(STRING);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else if (v instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (v instanceof LocalDate d) {
            out.writeByte(DATE);
            out.writeLong(d.toEpochDay());
        } else if (v instanceof BigDecimal d) {
            byte[] unscaled = d.unscaledValue().toByteArray();
            out.writeByte(DECIMAL);
            out.writeInt(d.scale());
            out.writeShort(unscaled.length);
            out.write(unscaled);
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else {
            // ColumnType lists every type a stored value has; anything else is a programming error
            throw new IllegalArgumentException("not a stored value type: " + v.getClass().getName());
        }
    }

    private static Object read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NULL -> null;
            case STRING -> new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            case INT -> in.readInt();
            case DATE -> LocalDate.ofEpochDay(in.readLong());
            case DECIMAL -> {
                int scale = in.readInt();
                yield new BigDecimal(new BigInteger(in.readNBytes(in.readShort())), scale);
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> throw new IOException("unknown value tag " + tag);
        };
    }
}
