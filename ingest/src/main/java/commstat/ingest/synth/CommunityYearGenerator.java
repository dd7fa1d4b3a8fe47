package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Generates and writes one community's year: twelve months of four datasets, streamed month by month (only this
 * community's register and ledger state is held). Every random choice comes from a stream keyed by the community
 * (and dataset and month), so the files do not depend on which thread ran which community.
 */
final class CommunityYearGenerator {
    /** What the run needs back from a community: its tally and the allocations that reached its ledger. */
    record Result(GenerationTally tally, BigDecimal cityReceived, BigDecimal districtReceived) {
    }

    private static final Dataset[] ORDER = {Dataset.POPULATION, Dataset.EMPLOYMENT, Dataset.FLOATING, Dataset.FUNDS};

    private final long seed;
    private final int year;
    private final Path inbox;

    CommunityYearGenerator(long seed, int year, Path inbox) {
        this.seed = seed;
        this.year = year;
        this.inbox = inbox;
    }

    Result generate(CommunityPlan community) {
        GenerationTally tally = new GenerationTally();
        SubmissionFileWriter writer = new SubmissionFileWriter(inbox, tally);
        SubmissionPlanner planner = new SubmissionPlanner(community, tally);
        int index = community.index();
        PopulationSeries population = new PopulationSeries(community, SynthRandom.of(seed, "population", index));
        EmploymentEvents employment = new EmploymentEvents(community, SynthRandom.of(seed, "employment", index));
        FloatingRegister floating = new FloatingRegister(community, SynthRandom.of(seed, "floating", index), year);
        FundsLedger funds = new FundsLedger(community, SynthRandom.of(seed, "funds", index), tally);
        Map<Dataset, MonthTable> lastClean = new EnumMap<>(Dataset.class);
        BigDecimal city = BigDecimal.ZERO;
        BigDecimal district = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            if (!community.activeIn(period)) {
                continue;
            }
            for (Dataset dataset : ORDER) {
                MonthTable clean = switch (dataset) {
                    case POPULATION -> population.next(period);
                    case EMPLOYMENT -> employment.next(period);
                    case FLOATING -> floating.next(period);
                    case FUNDS -> funds.next(period);
                };
                lastClean.put(dataset, clean);
                SynthRandom random = SynthRandom.of(seed, "month", index, dataset.ordinal(), month);
                List<PlannedFile> files = planner.plan(dataset, period, !clean.rows().isEmpty(), random);
                if (files.isEmpty()) {
                    continue;
                }
                tally.submission(dataset);
                tally.rows(dataset, clean.rows().size());
                MonthTable first = new RowFaultPlanter(random, tally).plant(clean);
                MonthTable effective = writeFiles(community, dataset, period, clean, first, files, writer, tally, random);
                if (dataset == Dataset.FUNDS && effective != null) {
                    city = city.add(received(effective, Label.CITY_ALLOCATION));
                    district = district.add(received(effective, Label.DISTRICT_ALLOCATION));
                }
            }
        }
        new StrayFiles(seed, year, writer, tally).write(community, lastClean);
        return new Result(tally, city, district);
    }

    /** Writes the planned files; returns the table the ingest will take as effective, or null if none. */
    private MonthTable writeFiles(CommunityPlan community, Dataset dataset, YearMonth period, MonthTable clean,
                                  MonthTable first, List<PlannedFile> files, SubmissionFileWriter writer,
                                  GenerationTally tally, SynthRandom random) {
        RenderedTable firstRendered = null;
        MonthTable effective = null;
        LocalDateTime effectiveAt = null;
        LocalDateTime conflictAt = null;
        for (PlannedFile file : files) {
            FileStyle style = file.style();
            String name = SubmissionFileWriter.fileName(community.code(), dataset.code(), period, file.submittedAt(), style.extension());
            MonthTable content = null;
            switch (file.content()) {
                case EMPTY -> writer.writeRaw(name, new byte[0], "empty");
                case BINARY_JUNK -> writer.writeRaw(name, junk(random), "junk");
                case TRUNCATED_XLSX -> {
                    byte[] whole = XlsxTableWriter.write(TableRenderer.render(first, style, random), file.submittedAt());
                    writer.writeRaw(name, java.util.Arrays.copyOf(whole, (int) (whole.length * random.uniform(0.3, 0.8))), "xlsx-truncated");
                }
                case DUPLICATE_TWIN -> {
                    writer.write(name, firstRendered, style, file.submittedAt());
                    content = first;
                }
                case CONFLICTING_TWIN -> {
                    writer.write(name, TableRenderer.render(conflictingTwin(first, random), style, random), style, file.submittedAt());
                    conflictAt = file.submittedAt();
                }
                case FIRST, CORRECTED -> {
                    content = file.content() == PlannedFile.Content.FIRST ? first : clean;
                    RenderedTable rendered = TableRenderer.render(content, style, random);
                    writer.write(name, rendered, style, file.submittedAt());
                    countStyle(style, dataset, tally);
                    if (file.content() == PlannedFile.Content.FIRST) {
                        firstRendered = rendered;
                    }
                }
            }
            boolean wholeRejected = style.missingColumn() != null || style.duplicatedColumn() != null;
            if (content != null && !wholeRejected && (effectiveAt == null || !file.submittedAt().isBefore(effectiveAt))) {
                effective = content;
                effectiveAt = file.submittedAt();
            }
        }
        if (conflictAt != null && conflictAt.equals(effectiveAt)) {
            effective = null; // both twins are conflicts; no earlier file of this period exists
        }
        return effective;
    }

    private static void countStyle(FileStyle style, Dataset dataset, GenerationTally tally) {
        if (style.chineseHeaders()) {
            tally.plant(Planted.CHINESE_HEADERS);
        }
        if (style.shuffleSeed() != 0) {
            tally.plant(Planted.SHUFFLED_COLUMNS);
        }
        if (style.extraColumn()) {
            tally.plant(Planted.EXTRA_COLUMN);
        }
        if (style.nameColumn()) {
            tally.plant(Planted.NAME_COLUMN);
        }
        if (style.paddedHeaders()) {
            tally.plant(Planted.PADDED_HEADERS);
        }
        if (style.yuanAmounts()) {
            tally.plant(Planted.YUAN_AMOUNTS);
        }
        if (style.numericIds()) {
            tally.plant(Planted.EXCEL_NUMERIC_ID_COLUMN);
        }
        if (style.missingColumn() != null) {
            tally.plant(Planted.MISSING_COLUMN);
        }
        if (style.duplicatedColumn() != null) {
            tally.plant(Planted.DUPLICATE_COLUMN);
        }
        if (style.upperCaseExtension()) {
            tally.plant(Planted.UPPER_CASE_EXTENSION);
        }
    }

    /** The same month with one value changed: what a committee sends when two people edited the file. */
    private static MonthTable conflictingTwin(MonthTable first, SynthRandom random) {
        MonthTable twin = first.copy();
        Object[] row = twin.rows().get(random.between(0, twin.rows().size() - 1));
        switch (twin.dataset()) {
            case POPULATION -> row[0] = row[0] instanceof Integer households ? households + 1 : 1;
            case EMPLOYMENT -> row[5] = "零就业家庭成员".equals(row[5]) ? "退役军人" : "零就业家庭成员";
            case FLOATING -> row[7] = row[7] == Label.RENTAL ? Label.EMPLOYER : Label.RENTAL;
            case FUNDS -> row[9] = row[9] + "（更正）";
        }
        return twin;
    }

    /** Bytes that are no text: a PNG-like header, NULs and noise. */
    private static byte[] junk(SynthRandom random) {
        byte[] bytes = new byte[random.between(200, 3000)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.between(0, 255);
        }
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static BigDecimal received(MonthTable table, Label item) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int r = 0; r < table.rows().size(); r++) {
            Object[] row = table.rows().get(r);
            if (!table.faulted().get(r) && row[4] == item && row[5] instanceof BigDecimal amount) {
                sum = sum.add(amount);
            }
        }
        return sum;
    }
}
