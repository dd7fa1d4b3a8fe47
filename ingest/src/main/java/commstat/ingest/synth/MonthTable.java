package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The rows one community reports for one dataset and month, in the template's column order
 * ({@link SubmissionColumns}). {@code faulted} marks the rows a fault was planted in, so the generator knows which
 * rows the ingest will reject (needed to make the fiscal allocations agree with what arrives).
 */
record MonthTable(Dataset dataset, YearMonth period, List<Object[]> rows, BitSet faulted) {
    MonthTable {
        requireNonNull(dataset, "dataset is null");
        requireNonNull(period, "period is null");
        requireNonNull(rows, "rows is null");
        requireNonNull(faulted, "faulted is null");
    }

    MonthTable(Dataset dataset, YearMonth period) {
        this(dataset, period, new ArrayList<>(), new BitSet());
    }

    /** A deep copy: faults are planted into a copy so the clean rows stay for a corrected resubmission. */
    MonthTable copy() {
        List<Object[]> copied = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            copied.add(row.clone());
        }
        return new MonthTable(dataset, period, copied, (BitSet) faulted.clone());
    }

    int column(String code) {
        return SubmissionColumns.index(dataset, code);
    }
}
