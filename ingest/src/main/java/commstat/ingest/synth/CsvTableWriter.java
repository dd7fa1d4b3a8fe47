package commstat.ingest.synth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV in UTF-8, UTF-8 with BOM (what Excel's "CSV UTF-8" writes) or GB18030 (Excel on Chinese Windows). */
final class CsvTableWriter {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTableWriter() {
    }

    static byte[] write(RenderedTable table, SubmissionFormat format, boolean crlf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        if (format == SubmissionFormat.CSV_UTF8_BOM) {
            bytes.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Charset charset = format == SubmissionFormat.CSV_GB18030 ? GB18030 : StandardCharsets.UTF_8;
        CSVFormat csv = CSVFormat.RFC4180.builder().setRecordSeparator(crlf ? "\r\n" : "\n").get();
        try (Writer writer = new OutputStreamWriter(bytes, charset); CSVPrinter printer = new CSVPrinter(writer, csv)) {
            printer.printRecord(table.headers());
            List<String> cells = new ArrayList<>(table.headers().size());
            for (Object[] row : table.rows()) {
                cells.clear();
                for (Object value : row) {
                    cells.add(CellText.of(value, table.slashDates()));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
