package commstat.ingest.read;

import java.util.Locale;

/**
 * Reads a submission file's bytes into a {@link RawTable}, choosing the reader by the file's extension
 * ({@code csv}, {@code xlsx}, {@code json}, any letter case). No contract rule is applied here beyond the
 * reading rules: encoding detection, skipped blank rows, line numbers.
 */
public final class SubmissionReader {
    /** Larger files are refused unread: no real monthly submission comes near this. */
    public static final int MAX_FILE_BYTES = 64 << 20;

    private SubmissionReader() {
    }

    public static RawTable read(String fileName, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file: no header row", null);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UnreadableFileException("file of " + bytes.length + " bytes is larger than the limit of "
                    + MAX_FILE_BYTES, null);
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CsvTableReader.read(bytes);
        }
        if (lower.endsWith(".xlsx")) {
            return XlsxTableReader.read(bytes);
        }
        if (lower.endsWith(".json")) {
            return JsonTableReader.read(bytes);
        }
        throw new UnreadableFileException("not a .csv, .xlsx or .json file", null);
    }
}
