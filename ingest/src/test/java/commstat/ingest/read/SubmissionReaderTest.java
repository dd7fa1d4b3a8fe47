package commstat.ingest.read;

import commstat.ingest.XlsxBuilder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static commstat.ingest.Fixtures.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmissionReaderTest {

    @Test
    void plainUtf8CsvIsUtf8() throws Exception {
        RawTable t = SubmissionReader.read("x.csv", bytes("population_utf8.csv"));
        assertThat(t.encoding()).isEqualTo("utf-8");
        assertThat(t.header()).startsWith("households", "registered_residents");
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(2);
            assertThat(r.cells().get(0)).isEqualTo(Cell.text("800"));
        });
    }

    @Test
    void aUtf8BomIsDetectedAndDropped() throws Exception {
        RawTable t = SubmissionReader.read("x.csv", bytes("population_bom.csv"));
        assertThat(t.encoding()).isEqualTo("utf-8-sig");
        assertThat(t.header().get(0)).isEqualTo("households");
    }

    @Test
    void gb18030WithChineseHeadersIsDecoded() throws Exception {
        RawTable t = SubmissionReader.read("x.CSV", bytes("population_gb18030.csv"));
        assertThat(t.encoding()).isEqualTo("gb18030");
        assertThat(t.header()).contains(" 户数 ", "60岁及以上", "填报人");
        assertThat(t.rows().get(0).cells().get(11).text()).isEqualTo("张三");
    }

    @Test
    void aNulByteMakesACsvUnreadable() {
        assertThatThrownBy(() -> SubmissionReader.read("x.csv", bytes("funds_nul_bytes.csv")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("binary content (NUL bytes)");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreUnreadable() {
        assertThatThrownBy(() -> SubmissionReader.read("x.csv", bytes("funds_invalid_bytes.csv")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("neither UTF-8 nor GB18030 text");
    }

    @Test
    void afterABomTheContentMustBeUtf8() {
        assertThatThrownBy(() -> SubmissionReader.read("x.csv", bytes("funds_bom_invalid_utf8.csv")))
                .isInstanceOf(UnreadableFileException.class)
                .hasMessage("not valid UTF-8 after a UTF-8 byte order mark");
    }

    @Test
    void emptyAndBlankFilesAreUnreadable() {
        assertThatThrownBy(() -> SubmissionReader.read("x.csv", bytes("funds_empty.csv")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file: no header row");
        assertThatThrownBy(() -> SubmissionReader.read("x.csv", bytes("funds_blank.csv")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("empty file: no header row");
        assertThatThrownBy(() -> SubmissionReader.read("x.json", "  \n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void csvLinesArePhysicalAndBlankRowsKeepTheirNumber() throws Exception {
        RawTable t = SubmissionReader.read("x.csv", bytes("employment_faults.csv"));
        List<Integer> lines = t.rows().stream().map(RawRow::line).toList();
        // line 3 holds a quoted field spanning lines 3-4; line 6 is empty; line 13 holds only white space
        assertThat(lines).containsExactly(2, 3, 5, 7, 8, 9, 10, 11, 12);
        assertThat(t.rows().get(1).cells().get(5).text()).isEqualTo("two\nlines");
    }

    @Test
    void missingCellsAreEmptyAndExtraCellsDropped() throws Exception {
        RawTable t = SubmissionReader.read("x.csv", "a,b,c\n1\n1,2,3,4\n".getBytes(StandardCharsets.UTF_8));
        assertThat(t.rows().get(0).cells()).containsExactly(Cell.text("1"), Cell.EMPTY, Cell.EMPTY);
        assertThat(t.rows().get(1).cells()).hasSize(3);
    }

    @Test
    void xlsxGivesDateCellsNumbersInPlainDigitsAndSheetRows() throws Exception {
        byte[] xlsx = new XlsxBuilder()
                .row("event_id", "id_number", "event_date", "amount")
                .row("JY1", 3.71902199003151E17, LocalDate.of(2025, 2, 3),
                        new java.math.BigDecimal("13.0999999999999996"))
                .row(null, null, null, null)
                .row("JY2", "371902199003151232", 45691, 1001.0)
                .build();
        RawTable t = SubmissionReader.read("x.xlsx", xlsx);
        assertThat(t.encoding()).isEqualTo("xlsx");
        assertThat(t.header()).containsExactly("event_id", "id_number", "event_date", "amount");
        assertThat(t.rows()).extracting(RawRow::line).containsExactly(2, 4);
        List<Cell> first = t.rows().get(0).cells();
        assertThat(first.get(1)).isEqualTo(Cell.number("371902199003151000"));
        assertThat(first.get(2)).isEqualTo(Cell.date(LocalDate.of(2025, 2, 3)));
        assertThat(first.get(3)).isEqualTo(Cell.number("13.1"));
        List<Cell> second = t.rows().get(1).cells();
        assertThat(second.get(1)).isEqualTo(Cell.text("371902199003151232"));
        assertThat(second.get(2)).isEqualTo(Cell.number("45691")); // a raw serial without a date style
        assertThat(second.get(3)).isEqualTo(Cell.number("1001"));
    }

    @Test
    void aTruncatedXlsxIsUnreadable() {
        byte[] xlsx = new XlsxBuilder().row("a").row("1").build();
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
        assertThatThrownBy(() -> SubmissionReader.read("x.xlsx", truncated))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("not a readable XLSX workbook");
    }

    @Test
    void aZipBombIsUnreadableBeforePoiOpensIt() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 3; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bytes.size()).isLessThan(10_000);
        assertThatThrownBy(() -> SubmissionReader.read("x.xlsx", bytes.toByteArray()))
                .isInstanceOf(UnreadableFileException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void jsonColumnsAreTheUnionOfKeysAndNonObjectsAreMarked() throws Exception {
        RawTable t = SubmissionReader.read("x.json", bytes("employment_elements.json"));
        assertThat(t.encoding()).isEqualTo("utf-8");
        assertThat(t.header()).containsExactly("event_id", "id_number", "household_id", "event_type", "event_date",
                "difficulty_category");
        // the empty object {} (element 4) is a blank row and skipped
        assertThat(t.rows()).extracting(RawRow::line).containsExactly(1, 2, 3);
        assertThat(t.rows().get(0).cells().get(2)).isEqualTo(Cell.number("1001"));
        assertThat(t.rows().get(0).cells().get(5)).isEqualTo(Cell.EMPTY);
        assertThat(t.rows().get(1).notAnObject()).isTrue();
        assertThat(t.rows().get(2).cells().get(1)).isEqualTo(Cell.number("371902198507202246"));
    }

    @Test
    void jsonThatIsNotAnArrayOrNotJsonIsUnreadable() {
        assertThatThrownBy(() -> SubmissionReader.read("x.json", bytes("employment_not_array.json")))
                .isInstanceOf(UnreadableFileException.class).hasMessage("JSON is not an array of objects");
        assertThatThrownBy(() -> SubmissionReader.read("x.json", bytes("employment_syntax_error.json")))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("JSON syntax");
        assertThatThrownBy(() -> SubmissionReader.read("x.json", "[] []".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void anEmptyJsonArrayHasNoRows() throws Exception {
        RawTable t = SubmissionReader.read("x.json", bytes("population_empty_array.json"));
        assertThat(t.header()).isEmpty();
        assertThat(t.rows()).isEmpty();
    }

    @Test
    void unicodeWhiteSpaceIsTrimmedAndNfkcFoldsFullWidth() {
        assertThat(UnicodeText.trim("\u3000 abc\u00a0")).isEqualTo("abc");
        assertThat(UnicodeText.nfkcTrim("\u3000２０２６，Ｘ ")).isEqualTo("2026,X");
        assertThat(UnicodeText.isBlank("\u3000\u00a0\t")).isTrue();
    }
}
