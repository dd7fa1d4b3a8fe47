package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for one community, dataset and month, which files arrive and when: usually one file a few days into the
 * next month; sometimes none (a missing month), a late one, a corrected resubmission, a conflicting or duplicate
 * twin, or an unreadable file (often followed by a good one).
 */
final class SubmissionPlanner {
    private final CommunityPlan community;
    private final GenerationTally tally;

    SubmissionPlanner(CommunityPlan community, GenerationTally tally) {
        this.community = community;
        this.tally = tally;
    }

    List<PlannedFile> plan(Dataset dataset, YearMonth period, boolean hasRows, SynthRandom random) {
        List<PlannedFile> files = new ArrayList<>();
        if (community.habit().lapsed(dataset, period.getMonthValue()) || random.chance(FaultRates.MISSING_MONTH)) {
            tally.plant(Planted.MISSING_MONTH);
            return files;
        }
        LocalDateTime at = submittedAt(period, random);
        FileStyle style = style(dataset, random);
        double u = random.uniform();
        double p = 0;
        if (u < (p += FaultRates.UNREADABLE)) {
            int kind = random.weighted(3, 2, 1);
            files.add(switch (kind) {
                case 0 -> new PlannedFile(at, style.withFormat(SubmissionFormat.XLSX), PlannedFile.Content.TRUNCATED_XLSX);
                case 1 -> new PlannedFile(at, style.withFormat(SubmissionFormat.CSV_UTF8), PlannedFile.Content.BINARY_JUNK);
                default -> new PlannedFile(at, style, PlannedFile.Content.EMPTY);
            });
            tally.plant(kind == 0 ? Planted.TRUNCATED_XLSX : kind == 1 ? Planted.BINARY_JUNK : Planted.EMPTY_FILE);
            if (random.chance(FaultRates.UNREADABLE_THEN_RESENT)) {
                files.add(new PlannedFile(at.plusDays(random.between(1, 4)), style.corrected(), PlannedFile.Content.FIRST));
            }
            return files;
        }
        files.add(new PlannedFile(at, style, PlannedFile.Content.FIRST));
        if (u < (p += FaultRates.CONFLICT) && hasRows) {
            SubmissionFormat other = style.format() == SubmissionFormat.JSON ? SubmissionFormat.XLSX : SubmissionFormat.JSON;
            files.add(new PlannedFile(at, style.withFormat(other), PlannedFile.Content.CONFLICTING_TWIN));
            tally.plant(Planted.CONFLICT);
        } else if (u < (p += FaultRates.DUPLICATE_FILE)) {
            // The same content as CSV and JSON: both written from one style, so what is read is the same.
            FileStyle csv = style.withFormat(SubmissionFormat.CSV_UTF8);
            files.set(0, new PlannedFile(at, csv, PlannedFile.Content.FIRST));
            files.add(new PlannedFile(at, csv.withFormat(SubmissionFormat.JSON), PlannedFile.Content.DUPLICATE_TWIN));
            tally.plant(Planted.DUPLICATE_FILE);
        }
        if (random.chance(FaultRates.RESUBMISSION)) {
            FileStyle again = random.chance(0.3) ? style(dataset, random).corrected() : style.corrected();
            files.add(new PlannedFile(at.plusDays(random.between(1, 12)).plusMinutes(random.between(0, 600)), again,
                    PlannedFile.Content.CORRECTED));
            tally.plant(Planted.RESUBMISSION);
        }
        return files;
    }

    /** A few days into the next month; late ones after the 10th; a few exactly on the deadline's edge. */
    private LocalDateTime submittedAt(YearMonth period, SynthRandom random) {
        LocalDateTime deadline = period.plusMonths(1).atDay(10).atTime(23, 59, 59);
        double u = random.uniform();
        if (u < FaultRates.DEADLINE_EDGE) {
            tally.plant(Planted.DEADLINE_EDGE_ON_TIME);
            return deadline;
        }
        if (u < 2 * FaultRates.DEADLINE_EDGE) {
            tally.plant(Planted.DEADLINE_EDGE_LATE);
            tally.plant(Planted.LATE);
            return deadline.plusSeconds(1);
        }
        LocalTime time = LocalTime.of(random.between(8, 21), random.between(0, 59), random.between(0, 59));
        if (random.chance(community.habit().lateRate())) {
            tally.plant(Planted.LATE);
            return period.plusMonths(1).atDay(11).plusDays(random.weighted(8, 6, 4, 3, 2, 2, 1, 1, 1, 1) * 3L + random.between(0, 2)).atTime(time);
        }
        if (random.chance(0.03)) {
            return period.atEndOfMonth().atTime(time.getHour() < 16 ? time.plusHours(6) : time);
        }
        return period.plusMonths(1).atDay(1).plusDays(random.weighted(3, 6, 7, 6, 5, 4, 3, 2, 2, 1)).atTime(time);
    }

    private FileStyle style(Dataset dataset, SynthRandom random) {
        SubmissionFormat format = random.chance(FaultRates.FORMAT_HABIT_KEPT) ? community.habit().format() : FaultRates.pickFormat(random);
        boolean gb = format == SubmissionFormat.CSV_GB18030;
        boolean chinese = gb || (community.habit().chineseHeaders() ? random.chance(0.95) : random.chance(0.05));
        boolean chineseCodes = chinese ? random.chance(0.9) : random.chance(0.05);
        boolean slash = gb ? random.chance(0.8) : random.chance(0.15);
        boolean crlf = gb || format == SubmissionFormat.CSV_UTF8_BOM || random.chance(0.2);
        long shuffle = random.chance(FaultRates.SHUFFLED_COLUMNS) ? 1 + random.nextLong(Long.MAX_VALUE - 1) : 0;
        boolean extra = random.chance(FaultRates.EXTRA_COLUMN);
        boolean name = RowFaultPlanter.hasIdColumn(dataset) && random.chance(FaultRates.NAME_COLUMN);
        boolean padded = random.chance(FaultRates.PADDED_HEADERS);
        boolean yuan = dataset == Dataset.FUNDS && random.chance(FaultRates.YUAN_AMOUNTS);
        boolean numericIds = format == SubmissionFormat.XLSX && RowFaultPlanter.hasIdColumn(dataset)
                && random.chance(FaultRates.NUMERIC_ID_XLSX);
        String missing = null;
        String duplicated = null;
        List<Column> columns = SubmissionColumns.of(dataset);
        if (random.chance(FaultRates.MISSING_COLUMN)) {
            Column c;
            do {
                c = random.pick(columns);
            } while (c.optional());
            missing = c.code();
        } else if (random.chance(FaultRates.DUPLICATE_COLUMN)) {
            Column c;
            do {
                c = random.pick(columns);
            } while (c.optional());
            duplicated = c.code();
        }
        boolean upper = format.isCsv() && random.chance(FaultRates.UPPER_CASE_EXTENSION);
        return new FileStyle(format, chinese, chineseCodes, slash, crlf, shuffle, extra, name, padded, yuan, numericIds,
                missing, duplicated, upper);
    }
}
