package commstat.ingest.synth;

import static java.util.Objects.requireNonNull;

/**
 * How one file presents its table: format and encoding, header language, code language, date style, column order,
 * and the file-level faults (a missing or duplicated column, an ID column Excel turned into numbers).
 *
 * @param shuffleSeed    0 keeps the template's column order; anything else seeds a permutation
 * @param missingColumn  a required column left out (the file is rejected whole), or null
 * @param duplicatedColumn a column given twice, once by code and once by label, or null
 * @param numericIds     the ID column went through Excel as numbers (XLSX numeric cells)
 */
record FileStyle(SubmissionFormat format, boolean chineseHeaders, boolean chineseCodes, boolean slashDates,
                 boolean crlf, long shuffleSeed, boolean extraColumn, boolean nameColumn, boolean paddedHeaders,
                 boolean yuanAmounts, boolean numericIds, String missingColumn, String duplicatedColumn,
                 boolean upperCaseExtension) {
    FileStyle {
        requireNonNull(format, "format is null");
    }

    String extension() {
        return upperCaseExtension ? format.extension().toUpperCase(java.util.Locale.ROOT) : format.extension();
    }

    /** The style of a corrected resubmission: same habits, file-level faults fixed. */
    FileStyle corrected() {
        return new FileStyle(format, chineseHeaders, chineseCodes, slashDates, crlf, shuffleSeed, extraColumn,
                nameColumn, paddedHeaders, yuanAmounts, false, null, null, upperCaseExtension);
    }

    FileStyle withFormat(SubmissionFormat newFormat) {
        boolean chinese = chineseHeaders || newFormat == SubmissionFormat.CSV_GB18030;
        return new FileStyle(newFormat, chinese, chineseCodes, slashDates, crlf, shuffleSeed, extraColumn,
                nameColumn, paddedHeaders, yuanAmounts, numericIds && newFormat == SubmissionFormat.XLSX,
                missingColumn, duplicatedColumn, false);
    }
}
