package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;
import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.BadFileNameException;
import commstat.ingest.landing.ReferenceData;
import commstat.ingest.landing.SubmissionName;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.read.RawRow;
import commstat.ingest.read.RawTable;
import commstat.ingest.read.SubmissionReader;
import commstat.ingest.read.UnreadableFileException;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Validates one inbox file on its own, as the nightly ingest, the {@code check} command and the server's upload
 * check all do: the name, the community, reading, the header, every row. What depends on other files
 * (duplicates, conflicts, resubmissions) is {@code SubmissionResolver}'s job. Serializable so a Spark job can
 * broadcast it; it never throws for a bad file, every problem becomes part of the {@link FileResult}.
 */
public final class SubmissionValidator implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ReferenceData reference;
    private final KeyedHasher hasher;

    /** {@code reference} may be null: the community check is then skipped (a dry run without reference data). */
    public SubmissionValidator(ReferenceData reference, KeyedHasher hasher) {
        this.reference = reference;
        this.hasher = requireNonNull(hasher, "hasher is null");
    }

    /** A validator that checks everything but whether the community is known. */
    public static SubmissionValidator withoutReference(KeyedHasher hasher) {
        return new SubmissionValidator(null, hasher);
    }

    public boolean checksCommunities() {
        return reference != null;
    }

    /**
     * Reads and validates a file. A file beyond {@link SubmissionReader#MAX_FILE_BYTES} is {@code UNREADABLE_FILE}
     * without being loaded (its digest is taken as a stream, so an identical twin is still a duplicate).
     */
    public FileResult validate(Path file) {
        String fileName = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size <= SubmissionReader.MAX_FILE_BYTES) {
                return validate(fileName, Files.readAllBytes(file));
            }
            FileResult early = checkName(fileName);
            if (early != null) {
                return early;
            }
            return FileResults.rejectedUnread(fileName, SubmissionName.parse(fileName), RejectReason.UNREADABLE_FILE,
                    "file of " + size + " bytes is larger than the limit of " + SubmissionReader.MAX_FILE_BYTES,
                    ContentDigest.ofFile(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (BadFileNameException e) {
            throw new IllegalStateException("checked above", e);
        }
    }

    /** The result for a bad name or an unknown community, or null when the file is to be read. */
    private FileResult checkName(String fileName) {
        SubmissionName name;
        try {
            name = SubmissionName.parse(fileName);
        } catch (BadFileNameException e) {
            return FileResults.rejectedUnread(fileName, null, RejectReason.BAD_FILE_NAME, e.getMessage(), null);
        }
        if (reference != null && !reference.isKnownCommunity(name.communityCode())) {
            return FileResults.rejectedUnread(fileName, name, RejectReason.UNKNOWN_COMMUNITY,
                    "community " + name.communityCode() + " is not in communities.csv", null);
        }
        return null;
    }

    public FileResult validate(String fileName, byte[] content) {
        FileResult early = checkName(fileName);
        if (early != null) {
            return early;
        }
        SubmissionName name = parseOrNull(fileName);
        RawTable table;
        try {
            table = SubmissionReader.read(fileName, content);
        } catch (UnreadableFileException e) {
            return FileResults.rejectedUnread(fileName, name, RejectReason.UNREADABLE_FILE, e.getMessage(),
                    ContentDigest.ofBytes(content));
        }
        return validateTable(fileName, name, table);
    }

    private FileResult validateTable(String fileName, SubmissionName name, RawTable table) {
        Dataset dataset = name.dataset();
        List<FieldSpec> fields = SubmissionFields.of(dataset);
        HeaderMapping mapping = HeaderMapping.map(table.header(), fields);
        FileResults.Builder result = new FileResults.Builder(fileName, name, table.encoding(), mapping.warnings(),
                hasher);
        List<RawRow> rows = table.rows();
        // a JSON without any object ([] or only non-objects) names no columns: there is nothing to miss
        boolean noColumnsNamed = name.extension().equals("json") && table.header().isEmpty();
        if (!mapping.missing().isEmpty() && !noColumnsNamed) {
            String message = "missing required column(s): " + String.join(", ", mapping.missing());
            List<Fault> faults = mapping.missing().stream()
                    .map(c -> new Fault(c, RejectReason.MISSING_COLUMN, message)).toList();
            return result.rejectAllRows(RejectReason.MISSING_COLUMN, message, faults, rows, fields, mapping);
        }
        if (mapping.duplicateColumn() != null) {
            String message = "more than one column for the same field: " + mapping.duplicateColumn();
            return result.rejectAllRows(RejectReason.DUPLICATE_COLUMN, message,
                    List.of(new Fault(mapping.duplicateColumn(), RejectReason.DUPLICATE_COLUMN, message)),
                    rows, fields, mapping);
        }
        if (dataset == Dataset.POPULATION && rows.size() != 1) {
            String message = rows.size() + " data rows; exactly one is required";
            return result.rejectAllRows(RejectReason.ROW_COUNT, message,
                    List.of(new Fault(null, RejectReason.ROW_COUNT, message)), rows, fields, mapping);
        }
        RowChecker checker = new RowChecker(dataset, fields, mapping, name);
        for (RawRow row : rows) {
            RowChecker.Checked checked = checker.check(row);
            result.row(row.line(), dataset, checked.values(), checked.faults());
        }
        if (dataset == Dataset.POPULATION && result.rowsRejected() > 0) {
            return result.rejectedWhole(result.firstRejectCode(),
                    "the population row fails a rule; the submission is rejected whole");
        }
        return result.accepted();
    }

    private static SubmissionName parseOrNull(String fileName) {
        try {
            return SubmissionName.parse(fileName);
        } catch (BadFileNameException e) {
            return null;
        }
    }
}
