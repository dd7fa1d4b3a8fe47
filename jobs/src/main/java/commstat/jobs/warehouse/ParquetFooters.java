package commstat.jobs.warehouse;

import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;

/**
 * Makes a Parquet file's footer independent of the JVM that wrote it. parquet-mr collects each column chunk's
 * encodings in a {@code HashSet} of enum constants, whose order follows identity hash codes, so two JVMs writing
 * the same rows list {@code PLAIN, BIT_PACKED} in either order (the data pages are the same). The footer is read,
 * those lists sorted, and written back in place; nothing else changes.
 */
final class ParquetFooters {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetFooters() {
    }

    /** The file's row count, from its footer (read only: the file may be a hard link into a published snapshot). */
    static long rows(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(tail, size - 8);
            tail.flip();
            int footerLength = tail.getInt();
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            ch.read(footer, size - 8 - footerLength);
            return Util.readFileMetaData(new ByteArrayInputStream(footer.array())).getNum_rows();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Parquet footer of " + file, e);
        }
    }

    /** Normalises the footer in place; returns the file's row count. */
    static long normalise(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(tail, size - 8);
            tail.flip();
            int footerLength = tail.getInt();
            byte[] magic = new byte[4];
            tail.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalStateException(file + " is not a Parquet file (no PAR1 at its end)");
            }
            long footerStart = size - 8 - footerLength;
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            ch.read(footer, footerStart);
            FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            sortEncodings(meta);
            ByteArrayOutputStream out = new ByteArrayOutputStream(footerLength);
            Util.writeFileMetaData(meta, out);
            byte[] written = out.toByteArray();
            if (java.util.Arrays.equals(written, footer.array())) {
                return meta.getNum_rows();
            }
            ByteBuffer newTail = ByteBuffer.allocate(written.length + 8).order(ByteOrder.LITTLE_ENDIAN);
            newTail.put(written).putInt(written.length).put(MAGIC).flip();
            ch.truncate(footerStart);
            ch.write(newTail, footerStart);
            return meta.getNum_rows();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot normalise the Parquet footer of " + file, e);
        }
    }

    private static void sortEncodings(FileMetaData meta) {
        for (RowGroup group : meta.getRow_groups()) {
            for (ColumnChunk chunk : group.getColumns()) {
                ColumnMetaData column = chunk.getMeta_data();
                if (column == null) {
                    continue;
                }
                if (column.getEncodings() != null) {
                    column.getEncodings().sort(Comparator.comparingInt(e -> e.getValue()));
                }
                List<PageEncodingStats> stats = column.getEncoding_stats();
                if (stats != null) {
                    stats.sort(Comparator.comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                            .thenComparingInt(s -> s.getEncoding().getValue()));
                }
            }
        }
    }
}
