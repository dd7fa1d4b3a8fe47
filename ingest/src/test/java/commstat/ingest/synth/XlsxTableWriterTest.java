package commstat.ingest.synth;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxTableWriterTest {
    private static final LocalDateTime AT = LocalDateTime.of(2025, 3, 4, 9, 15, 0);

    private static RenderedTable table() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[]{"220302198001011234", LocalDate.of(2025, 2, 28), new BigDecimal("1234.50"), 7, "收入 & <支出>"});
        rows.add(new Object[]{new MangledId("220302198001011234"), null, new BigDecimal("0.01"), 0, " 备注 "});
        return new RenderedTable(List.of("身份证号", "日期", "金额", "户数", "摘要"),
                List.of(Column.Kind.ID_NUMBER, Column.Kind.DATE, Column.Kind.AMOUNT, Column.Kind.INT, Column.Kind.TEXT), rows, false);
    }

    @Test
    void poiReadsTextIdsDateCellsAndNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(XlsxTableWriter.write(table(), AT)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("身份证号");
            XSSFRow first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("220302198001011234");
            assertThat(first.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(1))).isTrue();
            assertThat(first.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 28));
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(7.0);
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("收入 & <支出>");
            XSSFRow second = sheet.getRow(2);
            assertThat(second.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2.20302198001011E17);
            assertThat(second.getCell(1)).isNull();
            assertThat(second.getCell(4).getStringCellValue()).isEqualTo(" 备注 ");
            assertThat(workbook.getProperties().getCoreProperties().getCreated().toInstant())
                    .isEqualTo(AT.atOffset(java.time.ZoneOffset.ofHours(8)).toInstant());
        }
    }

    @Test
    void theSameTableGivesTheSameBytes() {
        assertThat(XlsxTableWriter.write(table(), AT)).isEqualTo(XlsxTableWriter.write(table(), AT));
    }

    @Test
    void columnsAreLettered() {
        assertThat(XlsxTableWriter.column(0)).isEqualTo("A");
        assertThat(XlsxTableWriter.column(25)).isEqualTo("Z");
        assertThat(XlsxTableWriter.column(26)).isEqualTo("AA");
    }
}
