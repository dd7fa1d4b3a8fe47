package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;
import commstat.ingest.contract.ResidentIdChecksum;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Generates the demo city (scale 0.1) once and checks its shape, consistency and planted rates. */
class CityGeneratorTest {
    private static final Pattern CONTRACT_NAME = Pattern.compile(
            "^(\\d{12})_(population|employment|floating|funds)_(\\d{4})-(0[1-9]|1[0-2])_(\\d{8}T\\d{6})\\.(csv|xlsx|json)$",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> EXTRA_HEADERS = Set.of("备注", "remark", "notes", "checked_by");

    @TempDir
    static Path dir;
    static Path landing;
    static GenerationTally tally;
    /** Every readable inbox file, parsed once (POI is the slow part of these tests). */
    static final Map<Path, SampleFileReader.Table> tables = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        landing = dir.resolve("landing");
        tally = new CityGenerator(new CityGenerator.Options(0.1, 42, 2025, landing, 2), quiet()).run();
        int xlsx = 0;
        for (Path file : inbox()) {
            // Every CSV and JSON, every fourth XLSX: POI is what makes these tests slow.
            boolean sampled = !file.toString().endsWith(".xlsx") || xlsx++ % 4 == 0;
            if (sampled && CONTRACT_NAME.matcher(file.getFileName().toString()).matches() && Files.size(file) > 0) {
                SampleFileReader.Table table = readOrNull(file);
                if (table != null) {
                    tables.put(file, table);
                }
            }
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }

    private static List<Path> inbox() throws IOException {
        try (Stream<Path> files = Files.list(landing.resolve("inbox"))) {
            return files.sorted().toList();
        }
    }

    private static List<CSVRecord> reference(String file) throws IOException {
        try (CSVParser parser = CSVParser.parse(landing.resolve("reference").resolve(file), StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void theSameArgumentsGiveTheSameBytesWhateverTheThreads(@TempDir Path other) throws IOException {
        Path a = other.resolve("a");
        Path b = other.resolve("b");
        int exitA = new CommandLine(new GenerateCommand()).execute("--scale", "0.02", "--seed", "7", "--out", a.toString(), "--threads", "1");
        int exitB = new CommandLine(new GenerateCommand()).execute("--scale", "0.02", "--seed", "7", "--out", b.toString(), "--threads", "3");
        assertThat(exitA).isZero();
        assertThat(exitB).isZero();
        List<Path> filesA = allFiles(a);
        List<Path> filesB = allFiles(b);
        assertThat(filesA.stream().map(p -> a.relativize(p).toString()).toList())
                .isEqualTo(filesB.stream().map(p -> b.relativize(p).toString()).toList());
        assertThat(filesA).hasSizeGreaterThan(500);
        for (Path file : filesA) {
            assertThat(Files.readAllBytes(b.resolve(a.relativize(file)))).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
        assertThat(filesA.stream().anyMatch(p -> p.toString().endsWith(".xlsx"))).isTrue();
    }

    @Test
    void refusesANonEmptyFolder(@TempDir Path other) throws IOException {
        Files.createDirectories(other.resolve("inbox"));
        Files.writeString(other.resolve("inbox").resolve("x.csv"), "old");
        int exit = new CommandLine(new GenerateCommand()).execute("--scale", "0.02", "--seed", "1", "--out", other.toString());
        assertThat(exit).isNotZero();
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void theDemoCityHasTheScaleTablesSize() throws IOException {
        assertThat(reference("communities.csv")).hasSize(60);
        assertThat(reference("communities.csv").stream().map(r -> r.get("district_code")).distinct()).hasSize(2);
        // ≈ 50 thousand rows a year, ≈ 52 files per community.
        assertThat(tally.totalRows()).isBetween(40_000L, 65_000L);
        assertThat((double) tally.rows(Dataset.FLOATING) / 60).isCloseTo(500, within(120.0));
        assertThat((double) tally.rows(Dataset.EMPLOYMENT) / 60).isCloseTo(200, within(50.0));
        assertThat((double) tally.rows(Dataset.FUNDS) / 60).isCloseTo(120, within(30.0));
        assertThat(inbox()).hasSize((int) tally.totalFiles());
    }

    @Test
    void everyFileNameFollowsTheContractExceptThePlantedBadNames() throws IOException {
        Set<String> communities = new HashSet<>();
        reference("communities.csv").forEach(r -> communities.add(r.get("community_code")));
        int bad = 0;
        int unknown = 0;
        for (Path file : inbox()) {
            var m = CONTRACT_NAME.matcher(file.getFileName().toString());
            if (!m.matches()) {
                bad++;
            } else if (!communities.contains(m.group(1))) {
                unknown++;
            } else {
                assertThat(m.group(3)).isEqualTo("2025");
            }
        }
        assertThat(bad).isEqualTo(tally.planted(Planted.BAD_FILE_NAME));
        assertThat(unknown).isEqualTo(tally.planted(Planted.UNKNOWN_COMMUNITY));
    }

    @Test
    void headersAreEnglishCodesOrChineseLabelsOfTheContract() throws IOException {
        Map<String, Long> encodings = new HashMap<>();
        for (Path file : inbox()) {
            var m = CONTRACT_NAME.matcher(file.getFileName().toString());
            if (!m.matches() || Files.size(file) == 0) {
                continue;
            }
            SampleFileReader.Table table = tables.get(file);
            if (table == null) {
                continue; // junk and truncated files are planted
            }
            encodings.merge(table.encoding(), 1L, Long::sum);
            Set<String> allowed = new HashSet<>(EXTRA_HEADERS);
            for (Column c : SubmissionColumns.of(Dataset.fromCode(m.group(2)).orElseThrow())) {
                allowed.add(c.code());
                allowed.add(c.chinese());
            }
            for (String header : table.headers()) {
                assertThat(allowed).as("%s header '%s'", file.getFileName(), header).contains(header.strip());
            }
        }
        assertThat(encodings.get("GB18030")).isPositive();
        assertThat(encodings.get("UTF-8-BOM")).isPositive();
        assertThat(encodings.get("XLSX")).isPositive();
    }

    private static SampleFileReader.Table readOrNull(Path file) {
        try {
            return SampleFileReader.read(file);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void idsAreValidExceptWherePlanted() throws IOException {
        long ids = 0;
        long invalid = 0;
        long mismatched = 0;
        long floatingRows = 0;
        for (Path file : inbox()) {
            String name = file.getFileName().toString();
            if (!CONTRACT_NAME.matcher(name).matches() || !(name.contains("_employment_") || name.contains("_floating_"))) {
                continue;
            }
            SampleFileReader.Table table = tables.get(file);
            if (table == null || name.endsWith(".xlsx") && table.rows().stream().flatMap(List::stream).anyMatch(c -> c.startsWith("NUMBER:2") && c.length() > 20)) {
                continue; // unreadable, or an XLSX whose whole ID column went through Excel (planted per file)
            }
            int id = column(table, "id_number", "身份证号");
            int gender = column(table, "gender", "性别");
            int birth = column(table, "birth_date", "出生日期");
            for (List<String> row : table.rows()) {
                if (id < 0) {
                    break;
                }
                String value = row.get(id).strip();
                ids++;
                if (!value.matches("\\d{17}[\\dX]") || ResidentIdChecksum.checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
                    invalid++;
                    continue;
                }
                if (gender >= 0 && birth >= 0) {
                    floatingRows++;
                    String g = row.get(gender).strip();
                    boolean male = ResidentIds.isMale(value);
                    boolean genderOk = male ? g.equals("M") || g.equals("男") : g.equals("F") || g.equals("女");
                    boolean birthOk = ResidentIds.birthDate(value).equals(parseDate(row.get(birth).strip()));
                    if (!genderOk || !birthOk) {
                        mismatched++;
                    }
                }
            }
        }
        double expectedInvalid = FaultRates.BAD_ID_CHECKSUM + FaultRates.EXCEL_MANGLED_ID;
        assertThat((double) invalid / ids).isBetween(expectedInvalid * 0.5, expectedInvalid * 1.8);
        double expectedMismatch = FaultRates.GENDER_MISMATCH + FaultRates.BIRTH_DATE_MISMATCH + FaultRates.BAD_GENDER;
        assertThat((double) mismatched / floatingRows).isBetween(expectedMismatch * 0.5, expectedMismatch * 1.8);
    }

    private static LocalDate parseDate(String text) {
        String[] parts = text.split("[-/]");
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int column(SampleFileReader.Table table, String code, String chinese) {
        for (int i = 0; i < table.headers().size(); i++) {
            String h = table.headers().get(i).strip();
            if (h.equals(code) || h.equals(chinese)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void referenceFilesAreConsistent() throws IOException {
        Set<String> communities = new HashSet<>();
        for (CSVRecord r : reference("communities.csv")) {
            assertThat(r.get("street_code")).startsWith(r.get("district_code"));
            assertThat(r.get("community_code")).startsWith(r.get("street_code"));
            communities.add(r.get("community_code"));
        }
        assertThat(reference("communities.csv").stream().filter(r -> r.get("established_on").startsWith("2025"))).isNotEmpty();
        Set<String> accounts = new HashSet<>();
        for (CSVRecord r : reference("special_accounts.csv")) {
            assertThat(communities).contains(r.get("community_code"));
            assertThat(accounts.add(r.get("account_no"))).isTrue();
        }
        for (CSVRecord r : reference("opening_balances.csv")) {
            assertThat(accounts).contains(r.get("account_no"));
            assertThat(r.get("balance")).matches("\\d+\\.\\d{2}");
            assertThat(r.get("as_of")).isEqualTo("2024-12-31");
        }
        List<CSVRecord> allocations = reference("fiscal_allocations.csv");
        assertThat(allocations.stream().map(r -> r.get("level"))).containsExactly("CITY", "DISTRICT", "DISTRICT");
        List<String> indicators = new ArrayList<>();
        reference("assessment_inputs.csv").forEach(r -> indicators.add(r.get("indicator")));
        assertThat(indicators).contains("SATISFACTION", "STREET_EVALUATION", "SAFETY_INCIDENTS");
        for (CSVRecord r : reference("housing_areas.csv")) {
            assertThat(communities).contains(r.get("served_by_community_code"));
            assertThat(r.get("served_by_community_code")).startsWith(r.get("district_code"));
            assertThat(Integer.parseInt(r.get("occupied_units"))).isLessThanOrEqualTo(Integer.parseInt(r.get("housing_units")));
        }
    }

    @Test
    void plantedRatesAreAboutWhatTheDocsSay() {
        long submissions = tally.totalSubmissions();
        long months = submissions + tally.planted(Planted.MISSING_MONTH);
        assertThat((double) tally.planted(Planted.MISSING_MONTH) / months).isBetween(0.005, 0.06);
        double late = FaultRates.LATE_RATE * (1 - FaultRates.LATE_PRONE_COMMUNITIES) + FaultRates.LATE_RATE_PRONE * FaultRates.LATE_PRONE_COMMUNITIES;
        assertThat((double) tally.planted(Planted.LATE) / submissions).isBetween(late * 0.4, late * 2.5);
        assertThat((double) tally.planted(Planted.RESUBMISSION) / submissions).isCloseTo(FaultRates.RESUBMISSION, within(0.015));
        assertThat((double) tally.planted(Planted.AGE_SUM_MISMATCH) / tally.submissions(Dataset.POPULATION))
                .isCloseTo(FaultRates.AGE_SUM_MISMATCH, within(0.015));
        assertThat((double) tally.planted(Planted.BAD_AMOUNT) / tally.rows(Dataset.FUNDS)).isCloseTo(FaultRates.BAD_AMOUNT, within(0.003));
        assertThat((double) tally.planted(Planted.DATE_OUTSIDE_PERIOD) / (tally.rows(Dataset.FUNDS) + tally.rows(Dataset.EMPLOYMENT)))
                .isCloseTo(FaultRates.DATE_OUTSIDE_PERIOD, within(0.002));
        // Fund-rule triggers exist in the demo city.
        assertThat(tally.planted(Planted.MISSING_APPROVAL)).isPositive();
        assertThat(tally.planted(Planted.DUPLICATE_PAYMENT)).isPositive();
        assertThat(tally.planted(Planted.SPLIT_PAYMENT_GROUP)).isPositive();
        assertThat(tally.planted(Planted.SPLIT_NEAR_MISS)).isPositive();
        assertThat(tally.planted(Planted.OFF_BOOK_TXN)).isPositive();
        assertThat(tally.planted(Planted.CLOSED_ACCOUNT_TXN)).isPositive();
        assertThat(tally.planted(Planted.NEGATIVE_BALANCE_EVENT)).isPositive();
        assertThat(tally.planted(Planted.CONFLICT)).isPositive();
        assertThat(tally.planted(Planted.DUPLICATE_FILE)).isPositive();
        assertThat(tally.planted(Planted.TRUNCATED_XLSX) + tally.planted(Planted.BINARY_JUNK) + tally.planted(Planted.EMPTY_FILE)).isPositive();
        // Formats roughly as weighted.
        long files = tally.totalFiles();
        assertThat((double) tally.files().get("xlsx") / files).isCloseTo(FaultRates.FORMAT_WEIGHTS[3], within(0.08));
        assertThat((double) tally.files().get("json") / files).isCloseTo(FaultRates.FORMAT_WEIGHTS[4], within(0.08));
        assertThat((double) tally.files().get("csv-gb18030") / files).isCloseTo(FaultRates.FORMAT_WEIGHTS[2], within(0.08));
    }
}
