package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;
import commstat.ingest.contract.RejectReason;
import commstat.ingest.landing.SubmissionName;
import commstat.ingest.read.Cell;
import commstat.ingest.read.RawRow;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the rows of one file in order: every single-column check in column order, then the cross-column rules,
 * then {@code DUPLICATE_KEY} (the first otherwise valid row keeps a key, later valid rows with it are rejected).
 */
final class RowChecker {
    private final Dataset dataset;
    private final List<FieldSpec> fields;
    private final HeaderMapping mapping;
    private final YearMonth period;
    private final LocalDate submittedOn;
    private final int keyField;
    private final Set<String> keys = new HashSet<>();

    record Checked(RowValues values, List<Fault> faults) {
    }

    RowChecker(Dataset dataset, List<FieldSpec> fields, HeaderMapping mapping, SubmissionName name) {
        this.dataset = dataset;
        this.fields = fields;
        this.mapping = mapping;
        this.period = name.period();
        this.submittedOn = name.submittedAt().toLocalDate();
        String key = SubmissionFields.uniqueKey(dataset);
        int index = -1;
        for (int i = 0; key != null && i < fields.size(); i++) {
            if (fields.get(i).code().equals(key)) {
                index = i;
            }
        }
        this.keyField = index;
    }

    Checked check(RawRow row) {
        RowValues values = new RowValues(fields);
        List<Fault> faults = new ArrayList<>(1);
        if (row.notAnObject()) {
            faults.add(new Fault(null, RejectReason.BAD_VALUE, "element " + row.line() + " of the array is not an object"));
            return new Checked(values, faults);
        }
        int[] columnOf = mapping.columnOfField();
        for (int f = 0; f < fields.size(); f++) {
            if (columnOf[f] < 0) {
                continue; // an optional column left out
            }
            FieldSpec field = fields.get(f);
            Cell cell = row.cells().get(columnOf[f]);
            values.texts[f] = CellParsers.text(field, cell);
            try {
                values.values[f] = CellParsers.parse(field, cell, period, submittedOn);
            } catch (FieldFault e) {
                values.failed[f] = true;
                faults.add(new Fault(field.code(), e.code(), e.getMessage()));
            }
        }
        CrossColumnRules.check(dataset, values, faults);
        if (faults.isEmpty() && keyField >= 0) {
            String key = (String) values.values[keyField];
            if (!keys.add(key)) {
                String column = fields.get(keyField).code();
                faults.add(new Fault(column, RejectReason.DUPLICATE_KEY, column + " " + key + " repeats within the file"));
            }
        }
        return new Checked(values, faults);
    }
}
