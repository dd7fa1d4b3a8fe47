package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;

/**
 * Files the ingest must report and keep without reading: badly named ones (a copy of a real submission under a
 * name a person typed) and submissions from a committee missing from communities.csv.
 */
final class StrayFiles {
    private final long seed;
    private final int year;
    private final SubmissionFileWriter writer;
    private final GenerationTally tally;

    StrayFiles(long seed, int year, SubmissionFileWriter writer, GenerationTally tally) {
        this.seed = seed;
        this.year = year;
        this.writer = writer;
        this.tally = tally;
    }

    void write(CommunityPlan community, Map<Dataset, MonthTable> lastClean) {
        SynthRandom random = SynthRandom.of(seed, "stray", community.index());
        MonthTable population = lastClean.get(Dataset.POPULATION);
        if (population == null) {
            return;
        }
        FileStyle plain = new FileStyle(SubmissionFormat.CSV_UTF8, false, false, false, false, 0, false, false, false,
                false, false, null, null, false);
        if (random.chance(FaultRates.BAD_FILE_NAME_COMMUNITIES)) {
            YearMonth period = population.period();
            LocalDateTime at = period.plusMonths(1).atDay(random.between(1, 9)).atTime(random.between(8, 20), random.between(0, 59), random.between(0, 59));
            String name = badName(community, period, at, random);
            FileStyle style = name.endsWith(".xlsx") ? plain.withFormat(SubmissionFormat.XLSX) : plain;
            writer.write(name, TableRenderer.render(population, style, random), style, at);
            tally.plant(Planted.BAD_FILE_NAME);
        }
        if (random.chance(FaultRates.UNKNOWN_COMMUNITY_COMMUNITIES)) {
            // A committee the district has not registered yet: valid names, a code not in communities.csv.
            String unknown = community.streetCode() + "9" + community.code().substring(10);
            int files = random.between(1, 3);
            for (int i = 0; i < files; i++) {
                YearMonth period = YearMonth.of(year, random.between(1, 12));
                LocalDateTime at = period.plusMonths(1).atDay(random.between(1, 9)).atTime(random.between(8, 20), random.between(0, 59), i);
                String name = SubmissionFileWriter.fileName(unknown, Dataset.POPULATION.code(), period, at, "csv");
                writer.write(name, TableRenderer.render(population, plain, random), plain, at);
                tally.plant(Planted.UNKNOWN_COMMUNITY);
            }
        }
    }

    private static String badName(CommunityPlan c, YearMonth period, LocalDateTime at, SynthRandom random) {
        String ts = at.format(SubmissionFileWriter.SUBMITTED_AT);
        String code = c.code();
        return switch (random.between(0, 9)) {
            case 0 -> code + "-population-" + period + "-" + ts + ".csv";
            case 1 -> code + "_finance_" + period + "_" + ts + ".csv";
            case 2 -> code + "_population_" + period + "_" + at.toLocalDate() + " " + ts.substring(9) + ".csv";
            case 3 -> code + "_population_" + period + "_" + ts + ".csv.bak";
            case 4 -> code + "_population_" + period + "_" + ts + ".xls";
            case 5 -> code + "_population_" + period.getYear() + (period.getMonthValue() < 10 ? "-" : ".")
                    + period.getMonthValue() + "_" + ts + ".csv";
            case 6 -> code.substring(0, 11) + "_population_" + period + "_" + ts + ".csv";
            case 7 -> "人口月报_" + period.getYear() + "年" + period.getMonthValue() + "月_" + c.name() + ".xlsx";
            case 8 -> code + "_population_" + period.getYear() + "-13_" + ts + ".csv";
            default -> code + "_population_" + period + "_" + period.getYear() + "0231T" + ts.substring(9) + ".csv";
        };
    }
}
