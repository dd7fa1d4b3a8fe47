package commstat.ingest.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Names and writes inbox files ({@code <community>_<dataset>_<yyyy-MM>_<yyyyMMdd'T'HHmmss>.<ext>}) and counts them. */
final class SubmissionFileWriter {
    static final DateTimeFormatter SUBMITTED_AT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private final Path inbox;
    private final GenerationTally tally;

    SubmissionFileWriter(Path inbox, GenerationTally tally) {
        this.inbox = inbox;
        this.tally = tally;
    }

    static String fileName(String community, String dataset, YearMonth period, LocalDateTime submittedAt, String extension) {
        return community + "_" + dataset + "_" + period + "_" + submittedAt.format(SUBMITTED_AT) + "." + extension;
    }

    /** Renders and writes a readable file; returns its bytes (for a truncated copy). */
    byte[] write(String name, RenderedTable table, FileStyle style, LocalDateTime createdAt) {
        byte[] bytes = switch (style.format()) {
            case CSV_UTF8, CSV_UTF8_BOM, CSV_GB18030 -> CsvTableWriter.write(table, style.format(), style.crlf());
            case XLSX -> XlsxTableWriter.write(table, createdAt);
            case JSON -> JsonTableWriter.write(table);
        };
        writeRaw(name, bytes, formatKey(style.format()));
        return bytes;
    }

    void writeRaw(String name, byte[] bytes, String formatKey) {
        try {
            Files.write(inbox.resolve(name), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name, e);
        }
        tally.file(formatKey, bytes.length);
    }

    static String formatKey(SubmissionFormat format) {
        return switch (format) {
            case CSV_UTF8 -> "csv-utf8";
            case CSV_UTF8_BOM -> "csv-utf8-bom";
            case CSV_GB18030 -> "csv-gb18030";
            case XLSX -> "xlsx";
            case JSON -> "json";
        };
    }
}
