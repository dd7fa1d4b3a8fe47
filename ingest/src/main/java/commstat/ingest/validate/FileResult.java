package commstat.ingest.validate;

import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.SubmissionName;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What validating one inbox file on its own gives, before resubmissions, duplicates and conflicts are
 * judged across files (that is {@code SubmissionResolver}'s job).
 *
 * @param fileName      the file's name in the inbox
 * @param name          the parsed name, null for {@code BAD_FILE_NAME}
 * @param rejectedWhole true when the file is rejected whole; {@code reason} then says why
 * @param reason        the file's reason code when rejected whole, else null
 * @param message       a human message for a file rejected whole, else null
 * @param encoding      {@code utf-8}, {@code utf-8-sig}, {@code gb18030}, {@code xlsx}, or null when never decoded
 * @param rowsRead      data rows read; always {@code rowsAccepted + rowsRejected}
 * @param rejectedByCode counts of rejected rows by their one code
 * @param warnings      e.g. {@code unknown column '备注' ignored}
 * @param accepted      the stored rows (empty when rejected whole)
 * @param rejects       every rejected row
 * @param contentDigest SHA-256 over what was read (outcome, normalised field values row by row, rejected
 *                      rows), independent of format and line numbers: equal digests mean "the same
 *                      submission" for duplicate detection; for an unreadable file the digest of its bytes
 *                      ({@code bytes:<sha256>}); null when the file was never read (bad name, unknown community)
 */
public record FileResult(String fileName, SubmissionName name, boolean rejectedWhole, RejectReason reason,
                         String message, String encoding, int rowsRead, int rowsAccepted, int rowsRejected,
                         Map<String, Integer> rejectedByCode, List<String> warnings, List<StoredRow> accepted,
                         List<RowReject> rejects, String contentDigest) implements Serializable {
    public FileResult {
        requireNonNull(fileName, "fileName is null");
        rejectedByCode = Map.copyOf(rejectedByCode);
        warnings = List.copyOf(warnings);
        accepted = List.copyOf(accepted);
        rejects = List.copyOf(rejects);
        if (rowsRead != rowsAccepted + rowsRejected) {
            throw new IllegalArgumentException(fileName + ": rows read " + rowsRead + " != accepted "
                    + rowsAccepted + " + rejected " + rowsRejected);
        }
    }

    /** The same result without its accepted rows (its rejects are kept). */
    public FileResult withoutAccepted() {
        return new FileResult(fileName, name, rejectedWhole, reason, message, encoding, rowsRead, rowsAccepted,
                rowsRejected, rejectedByCode, warnings, List.of(), rejects, contentDigest);
    }

    /** Serialized (Spark's cache of the validated files) with the accepted rows as one byte array. */
    @Serial
    private Object writeReplace() {
        return accepted.isEmpty() ? this : new Serialized(withoutAccepted(), StoredRowCodec.encode(accepted));
    }

    private record Serialized(FileResult rest, byte[] accepted) implements Serializable {
        @Serial
        private Object readResolve() {
            FileResult r = rest;
            return new FileResult(r.fileName, r.name, r.rejectedWhole, r.reason, r.message, r.encoding, r.rowsRead,
                    r.rowsAccepted, r.rowsRejected, r.rejectedByCode, r.warnings, StoredRowCodec.decode(accepted),
                    r.rejects, r.contentDigest);
        }
    }

    /** The same result without its rows: what the driver collects to judge submissions. */
    public FileResult summary() {
        return new FileResult(fileName, name, rejectedWhole, reason, message, encoding, rowsRead, rowsAccepted,
                rowsRejected, rejectedByCode, warnings, List.of(), List.of(), contentDigest);
    }
}
