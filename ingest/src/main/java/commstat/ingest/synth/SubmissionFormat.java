package commstat.ingest.synth;

/** How a submission file is encoded. All CSV flavours end in {@code .csv}: the product must detect which it got. */
enum SubmissionFormat {
    CSV_UTF8("csv"), CSV_UTF8_BOM("csv"), CSV_GB18030("csv"), XLSX("xlsx"), JSON("json");

    private final String extension;

    SubmissionFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    boolean isCsv() {
        return extension.equals("csv");
    }
}
