package commstat.ingest.validate;

import commstat.ingest.XlsxBuilder;
import commstat.ingest.contract.RejectReason;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static commstat.ingest.Fixtures.COMMUNITY;
import static commstat.ingest.Fixtures.HASHER;
import static commstat.ingest.Fixtures.REFERENCE;
import static commstat.ingest.Fixtures.bytes;
import static commstat.ingest.Fixtures.inboxName;
import static org.assertj.core.api.Assertions.assertThat;

class SubmissionValidatorTest {
    private final SubmissionValidator validator = new SubmissionValidator(REFERENCE, HASHER);

    private FileResult validate(String dataset, String ext, String fixture) {
        return validator.validate(inboxName(dataset, ext), bytes(fixture));
    }

    private static List<String> rejects(FileResult r) {
        return r.rejects().stream().map(j -> j.line() + " " + j.column() + " " + j.code()).toList();
    }

    @Test
    void aNameThatDoesNotParseIsBadFileName() {
        FileResult r = validator.validate("人口月报_2025年6月.xlsx", bytes("population_utf8.csv"));
        assertThat(r.reason()).isEqualTo(RejectReason.BAD_FILE_NAME);
        assertThat(r.rejectedWhole()).isTrue();
        assertThat(r.rowsRead()).isZero();
        assertThat(r.name()).isNull();
    }

    @Test
    void aCommunityMissingFromTheReferenceIsUnknown() {
        FileResult r = validator.validate("371902001099_population_2025-02_20250305T100000.csv",
                bytes("population_utf8.csv"));
        assertThat(r.reason()).isEqualTo(RejectReason.UNKNOWN_COMMUNITY);
        assertThat(r.message()).isEqualTo("community 371902001099 is not in communities.csv");
        assertThat(SubmissionValidator.withoutReference(HASHER)
                .validate("371902001099_population_2025-02_20250305T100000.csv", bytes("population_utf8.csv"))
                .rejectedWhole()).isFalse();
    }

    @Test
    void unreadableFilesReadNoRowsAndHaveNoEncoding() {
        FileResult r = validate("funds", "csv", "funds_nul_bytes.csv");
        assertThat(r.reason()).isEqualTo(RejectReason.UNREADABLE_FILE);
        assertThat(r.message()).isEqualTo("binary content (NUL bytes)");
        assertThat(r.encoding()).isNull();
        assertThat(r.rowsRead()).isZero();
    }

    @Test
    void populationInEachEncodingIsAcceptedWithChineseHeaders() {
        for (String fixture : List.of("population_utf8.csv", "population_bom.csv", "population_gb18030.csv")) {
            FileResult r = validate("population", "csv", fixture);
            assertThat(r.rejectedWhole()).as(fixture).isFalse();
            assertThat(r.accepted()).singleElement().satisfies(row ->
                    assertThat(row.values()).containsExactly(800, 2100, 2300, 400, 1300, 600, 3, 2, 25, 12, 40));
        }
        FileResult gb = validate("population", "csv", "population_gb18030.csv");
        assertThat(gb.encoding()).isEqualTo("gb18030");
        assertThat(gb.warnings()).containsExactly("unknown column '填报人' ignored");
    }

    @Test
    void populationFileRulesRejectTheWholeFileWithTheRowsCode() {
        assertWhole(validate("population", "csv", "population_two_rows.csv"), RejectReason.ROW_COUNT, 2);
        assertWhole(validate("population", "json", "population_empty_array.json"), RejectReason.ROW_COUNT, 0);
        assertWhole(validate("population", "csv", "population_negative_value.csv"), RejectReason.NEGATIVE_VALUE, 1);
        assertWhole(validate("population", "csv", "population_age_sum_mismatch.csv"), RejectReason.AGE_SUM_MISMATCH, 1);
        assertWhole(validate("population", "csv", "population_low_income_exceeds.csv"), RejectReason.BAD_VALUE, 1);
        assertWhole(validate("population", "csv", "population_not_whole.csv"), RejectReason.BAD_VALUE, 1);
        FileResult twoRows = validate("population", "csv", "population_two_rows.csv");
        assertThat(twoRows.rejects()).extracting(RowReject::column).containsOnlyNulls();
        assertThat(twoRows.message()).isEqualTo("2 data rows; exactly one is required");
        FileResult ageSum = validate("population", "csv", "population_age_sum_mismatch.csv");
        assertThat(ageSum.rejects().get(0).column()).isEqualTo("resident_population");
        assertThat(ageSum.message()).isEqualTo("the population row fails a rule; the submission is rejected whole");
    }

    private static void assertWhole(FileResult r, RejectReason reason, int rows) {
        assertThat(r.rejectedWhole()).as(r.fileName() + " " + reason).isTrue();
        assertThat(r.reason()).isEqualTo(reason);
        assertThat(r.rowsRead()).isEqualTo(rows);
        assertThat(r.rowsRejected()).isEqualTo(rows);
        assertThat(r.accepted()).isEmpty();
        assertThat(r.rejectedByCode()).isEqualTo(rows == 0 ? Map.of() : Map.of(reason.name(), rows));
    }

    @Test
    void aMissingRequiredColumnRejectsEveryRow() {
        FileResult r = validate("employment", "csv", "employment_missing_column.csv");
        assertWhole(r, RejectReason.MISSING_COLUMN, 2);
        assertThat(r.message()).isEqualTo("missing required column(s): event_date");
        assertThat(r.rejects().get(0).faults()).containsExactly("event_date:MISSING_COLUMN");
        assertThat(validate("funds", "csv", "funds_missing_column.csv").reason()).isEqualTo(RejectReason.MISSING_COLUMN);
    }

    @Test
    void twoColumnsForOneFieldAreADuplicateColumn() {
        FileResult r = validate("funds", "csv", "funds_duplicate_column.csv");
        assertWhole(r, RejectReason.DUPLICATE_COLUMN, 1);
        assertThat(r.rejects().get(0).column()).isEqualTo("金额");
        assertThat(r.message()).isEqualTo("more than one column for the same field: 金额");
    }

    @Test
    void chineseHeadersAndCodeLabelsAreMappedAndNamesNeverStored() {
        FileResult r = validate("employment", "csv", "employment_chinese.csv");
        assertThat(r.rejects()).isEmpty();
        assertThat(r.warnings()).containsExactly("unknown column '备注' ignored");
        assertThat(r.accepted()).hasSize(2);
        Object[] first = r.accepted().get(0).values();
        assertThat(first).containsExactly("JY001", HASHER.personKey("371902199003151232"), "H001",
                "UNEMPLOYED_REGISTERED", LocalDate.of(2025, 2, 3), null);
        assertThat(r.accepted().get(1).values()[1])
                .as("lower-case x hashes like upper-case X").isEqualTo(HASHER.personKey("37190219880612118X"));
        assertNothingStoredEquals(r, "371902199003151232", "37190219880612118x", "37190219880612118X", "王小明", "李丽");
    }

    @Test
    void employmentRowsGetOneCodeEachInTheDocumentedOrder() {
        FileResult r = validate("employment", "csv", "employment_faults.csv");
        assertThat(r.rejectedWhole()).isFalse();
        assertThat(r.rowsRead()).isEqualTo(9);
        assertThat(r.rowsAccepted()).isEqualTo(1);
        assertThat(rejects(r)).containsExactly(
                "3 id_number INVALID_ID_NUMBER",
                "5 id_number INVALID_ID_NUMBER",
                "7 event_date DATE_OUTSIDE_PERIOD",
                "8 event_type BAD_VALUE",
                "9 event_id DUPLICATE_KEY",
                "10 id_number INVALID_ID_NUMBER",
                "11 id_number INVALID_ID_NUMBER",
                "12 event_date BAD_VALUE");
        assertThat(r.rejects().get(1).message()).contains("Excel", "15 significant digits", "format the column as text");
        assertThat(r.rejectedByCode()).containsEntry("INVALID_ID_NUMBER", 4).containsEntry("DUPLICATE_KEY", 1);
        assertNothingStoredEquals(r, "371902199003151232", "371902198507202246");
        assertThat(r.rejects()).allSatisfy(j -> assertThat(j.message())
                .doesNotContain("371902199003151233", "371902203001010021", "199003151233"));
        assertThat(r.rejects().get(0).message()).contains("371902**********33");
    }

    @Test
    void jsonNonObjectsAreBadValueRowsAndANumericIdIsExcelMangled() {
        FileResult r = validate("employment", "json", "employment_elements.json");
        assertThat(r.encoding()).isEqualTo("utf-8");
        assertThat(rejects(r)).containsExactly("2 null BAD_VALUE", "3 id_number INVALID_ID_NUMBER");
        assertThat(r.rejects().get(0).faults()).containsExactly("None:BAD_VALUE");
        assertThat(r.rejects().get(1).message()).contains("Excel");
        assertThat(r.accepted().get(0).values()[2]).as("a number in a text column: plain digits").isEqualTo("1001");
    }

    @Test
    void floatingRowsAreCheckedAgainstTheIdAndMinimised() {
        FileResult r = validate("floating", "csv", "floating_rules.csv");
        assertThat(rejects(r)).containsExactly(
                "3 gender ID_MISMATCH",
                "4 birth_date ID_MISMATCH",
                "5 gender BAD_VALUE",
                "6 origin_region BAD_VALUE",
                "7 registered_on DATE_OUTSIDE_PERIOD",
                "8 departed_on BAD_VALUE",
                "10 id_number INVALID_ID_NUMBER");
        assertThat(r.rejects().get(6).faults()).containsExactly("id_number:INVALID_ID_NUMBER", "reason:BAD_VALUE");
        assertThat(r.accepted()).extracting(row -> row.values()[0]).containsExactly("LD1", "LD8", "LD9");
        Object[] ld8 = r.accepted().get(1).values();
        assertThat(ld8).containsExactly("LD8", HASHER.personKey("37190219880612118X"), "44",
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 4, 1), "EMPLOYER", "STUDY");
        assertNothingStoredEquals(r, "1990-03-15", "510104", "440106", "M", "F", "男", "女");
    }

    @Test
    void fundsAmountsAreExactAndFormatRulesReject() {
        FileResult r = validate("funds", "csv", "funds_amounts.csv");
        assertThat(rejects(r)).containsExactly(
                "4 amount BAD_AMOUNT",
                "5 amount BAD_AMOUNT",
                "6 amount BAD_AMOUNT",
                "7 item BAD_VALUE",
                "9 txn_id DUPLICATE_KEY",
                "10 txn_date DATE_OUTSIDE_PERIOD",
                "11 amount BAD_AMOUNT",
                "12 amount BAD_AMOUNT");
        assertThat(r.accepted()).extracting(row -> row.values()[5])
                .containsExactly(new BigDecimal("1200.50"), new BigDecimal("1.23"), new BigDecimal("10.50"));
        assertThat(r.accepted().get(1).values()[10]).as("a missing approval is accepted").isNull();
        assertThat(r.accepted().get(2).values()).containsExactly("T7", "6228001", LocalDate.of(2025, 2, 4), "OUT",
                "MAINTENANCE", new BigDecimal("10.50"), "V7", "张三", "PERSON", "修水管", "李四");
        assertThat(r.rejects().get(0).message()).isEqualTo("amount: 1.234 has more than 2 decimals");
    }

    @Test
    void xlsxDateCellsAreDatesAndNumericIdsAreMangled() {
        byte[] xlsx = new XlsxBuilder()
                .row("event_id", "id_number", "household_id", "event_type", "event_date")
                .row("JY1", "371902199003151232", 1001, "TRAINING", LocalDate.of(2025, 2, 3))
                .row("JY2", 3.71902199003151E17, "H2", "TRAINING", LocalDate.of(2025, 2, 3))
                .row("JY3", "371902199003151232", "H3", "TRAINING", 45691)
                .build();
        FileResult r = validator.validate(inboxName("employment", "xlsx"), xlsx);
        assertThat(r.encoding()).isEqualTo("xlsx");
        assertThat(r.accepted()).singleElement().satisfies(row -> {
            assertThat(row.values()[2]).isEqualTo("1001");
            assertThat(row.values()[4]).isEqualTo(LocalDate.of(2025, 2, 3));
        });
        assertThat(rejects(r)).containsExactly("3 id_number INVALID_ID_NUMBER", "4 event_date BAD_VALUE");
        assertThat(r.rejects().get(0).message()).contains("15 significant digits");
    }

    @Test
    void theSameSubmissionAsCsvAndJsonDigestsAlikeAndDifferentContentDoesNot() {
        FileResult csv = validate("funds", "csv", "funds_same.csv");
        FileResult json = validate("funds", "json", "funds_same.json");
        FileResult other = validate("funds", "json", "funds_different.json");
        assertThat(csv.rowsRead()).isEqualTo(2);
        assertThat(csv.contentDigest()).isNotNull().isEqualTo(json.contentDigest());
        assertThat(other.contentDigest()).isNotEqualTo(csv.contentDigest());
    }

    @Test
    void anEmptyRequiredCellRejectsWithTheColumnsCode() {
        String csv = "txn_id,account_no,txn_date,direction,item,amount,voucher_no,counterparty,counterparty_type,purpose\n"
                + "T1,A1,2025-02-03,IN,CITY_ALLOCATION,5,V1,财政局,ORG,\n";
        FileResult r = validator.validate(inboxName("funds", "csv"), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(rejects(r)).containsExactly("2 purpose BAD_VALUE");
    }

    /** No stored value of any accepted row equals (or contains) one of the given input values. */
    private static void assertNothingStoredEquals(FileResult r, String... inputs) {
        for (var row : r.accepted()) {
            for (Object v : row.values()) {
                if (v instanceof String s) {
                    assertThat(Arrays.asList(inputs)).as("stored value " + s).doesNotContain(s);
                    for (String input : inputs) {
                        if (input.length() >= 6) {
                            assertThat(s).doesNotContain(input);
                        }
                    }
                } else if (v != null) {
                    assertThat(Arrays.asList(inputs)).doesNotContain(v.toString());
                }
            }
        }
        assertThat(r.accepted()).isNotEmpty();
        assertThat(COMMUNITY).isNotEmpty();
    }
}
