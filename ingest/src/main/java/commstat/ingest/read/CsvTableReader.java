package commstat.ingest.read;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** CSV (RFC 4180) after encoding detection; each row keeps the physical line on which its record starts. */
final class CsvTableReader {
    // Empty lines are kept as records (then skipped as blank) so that every record's start position is exact.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    private CsvTableReader() {
    }

    static RawTable read(byte[] bytes) throws UnreadableFileException {
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableFileException("binary content (NUL bytes)", null);
            }
        }
        DecodedText decoded = DecodedText.decode(bytes);
        String text = decoded.text();
        if (UnicodeText.isBlank(text)) {
            throw new UnreadableFileException("empty file: no header row", null);
        }
        int[] lineStarts = lineStarts(text);
        List<String> header = null;
        List<RawRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                if (isBlank(record)) {
                    continue;
                }
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                int line = lineOf(lineStarts, record.getCharacterPosition());
                Cell[] cells = new Cell[header.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = i < record.size() ? Cell.text(record.get(i)) : Cell.EMPTY;
                }
                rows.add(new RawRow(line, Arrays.asList(cells), false));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("CSV syntax: " + e.getMessage(), null, e);
        }
        if (header == null) {
            throw new UnreadableFileException("empty file: no header row", null);
        }
        return new RawTable(decoded.encoding(), header, rows);
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!UnicodeText.isBlank(value)) {
                return false;
            }
        }
        return true;
    }

    /** Offsets at which physical lines start; CRLF, LF and a lone CR each end a line. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (end) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
