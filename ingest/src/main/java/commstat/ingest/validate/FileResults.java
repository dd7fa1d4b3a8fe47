package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;
import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.SubmissionName;
import commstat.ingest.pseudo.KeyedHasher;
import commstat.ingest.read.RawRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Assembles a {@link FileResult}: rows, rejects, counts by code and the content digest, kept in step. */
final class FileResults {
    private FileResults() {
    }

    /** A file rejected before any row was read: rows read 0. */
    static FileResult rejectedUnread(String fileName, SubmissionName name, RejectReason reason, String message,
                                     String digest) {
        return new FileResult(fileName, name, true, reason, message, null, 0, 0, 0, Map.of(), List.of(), List.of(),
                List.of(), digest);
    }

    static final class Builder {
        private final String fileName;
        private final SubmissionName name;
        private final String encoding;
        private final List<String> warnings;
        private final KeyedHasher hasher;
        private final List<StoredRow> accepted = new ArrayList<>();
        private final List<RowReject> rejects = new ArrayList<>();
        private final Map<String, Integer> byCode = new TreeMap<>();
        private final ContentDigest digest = new ContentDigest();
        private String lastId;
        private String lastKey;

        Builder(String fileName, SubmissionName name, String encoding, List<String> warnings, KeyedHasher hasher) {
            this.fileName = fileName;
            this.name = name;
            this.encoding = encoding;
            this.warnings = warnings;
            this.hasher = hasher;
            digest.add(name.dataset().code());
        }

        int rowsRejected() {
            return rejects.size();
        }

        RejectReason firstRejectCode() {
            return rejects.get(0).code();
        }

        /** One checked row: accepted when it has no fault, else rejected with its first fault's code. */
        void row(int line, Dataset dataset, RowValues values, List<Fault> faults) {
            if (faults.isEmpty()) {
                accepted.add(new StoredRow(line, StoredRows.values(dataset, values, this::personKey)));
                digest.add("accepted");
            } else {
                reject(line, faults);
            }
            canonical(values);
        }

        /** A file rejected whole after parsing: every data row read and rejected with the file's code. */
        FileResult rejectAllRows(RejectReason reason, String message, List<Fault> faults, List<RawRow> rows,
                                 List<FieldSpec> fields, HeaderMapping mapping) {
            digest.add(reason.name());
            for (RawRow row : rows) {
                reject(row.line(), faults);
                if (row.notAnObject()) {
                    digest.add("not an object");
                    continue;
                }
                for (int f = 0; f < fields.size(); f++) {
                    int col = mapping.columnOfField()[f];
                    String text = col < 0 ? null : CellParsers.text(fields.get(f), row.cells().get(col));
                    digest.add(fields.get(f).kind() == FieldKind.RESIDENT_ID && text != null
                            ? hasher.hmacHex(text) : text);
                }
            }
            return build(true, reason, message);
        }

        FileResult rejectedWhole(RejectReason reason, String message) {
            digest.add("rejected whole " + reason.name());
            accepted.clear();
            return build(true, reason, message);
        }

        FileResult accepted() {
            return build(false, null, null);
        }

        private void reject(int line, List<Fault> faults) {
            Fault first = faults.get(0);
            List<String> labels = faults.stream().map(Fault::label).toList();
            String message = first.message();
            if (faults.size() > 1) {
                message += " (also " + String.join(", ", labels.subList(1, labels.size())) + ")";
            }
            rejects.add(new RowReject(fileName, line, first.column(), first.code(), labels, message));
            byCode.merge(first.code().name(), 1, Integer::sum);
            digest.add("rejected").add(first.code().name()).add(first.column()).add(String.join(",", labels));
        }

        /** Field values as parsed (a failed cell by its normalised text; an ID only as its keyed hash). */
        private void canonical(RowValues values) {
            for (int f = 0; f < values.values.length; f++) {
                Object v = values.values[f];
                if (values.failed[f]) {
                    String text = values.texts[f];
                    digest.add("!" + (v instanceof ResidentId || isId(values, f) && text != null
                            ? hasher.hmacHex(text) : text));
                } else if (v == null) {
                    digest.add(null);
                } else if (v instanceof ResidentId id) {
                    digest.add(personKey(id.normalised()));
                } else if (v instanceof BigDecimal d) {
                    digest.add(d.toPlainString());
                } else {
                    digest.add(v.toString());
                }
            }
        }

        /** The keyed hash of a normalised ID, kept for the next call: a row's stored values and digest both need it. */
        private String personKey(String normalisedId) {
            if (!normalisedId.equals(lastId)) {
                lastKey = hasher.hmacHex(normalisedId);
                lastId = normalisedId;
            }
            return lastKey;
        }

        private static boolean isId(RowValues values, int field) {
            return values.fieldKind(field) == FieldKind.RESIDENT_ID;
        }

        private FileResult build(boolean rejectedWhole, RejectReason reason, String message) {
            int read = accepted.size() + rejects.size();
            return new FileResult(fileName, name, rejectedWhole, reason, message, encoding, read, accepted.size(),
                    rejects.size(), byCode, warnings, accepted, rejects, digest.hex());
        }
    }
}
