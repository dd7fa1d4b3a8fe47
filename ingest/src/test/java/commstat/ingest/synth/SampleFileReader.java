package commstat.ingest.synth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A plain reader for the tests: headers and cell texts of a generated file, decoded the way contract.md says
 * (BOM, else strict UTF-8, else GB18030). Numeric XLSX/JSON IDs come back as {@code NUMBER:<value>}.
 */
final class SampleFileReader {
    record Table(String encoding, List<String> headers, List<List<String>> rows) {
    }

    private SampleFileReader() {
    }

    static Table read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(bytes);
        }
        String encoding;
        String text;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            encoding = "UTF-8-BOM";
            text = decode(java.util.Arrays.copyOfRange(bytes, 3, bytes.length), StandardCharsets.UTF_8);
        } else {
            String utf8 = decode(bytes, StandardCharsets.UTF_8);
            encoding = utf8 != null ? "UTF-8" : "GB18030";
            text = utf8 != null ? utf8 : decode(bytes, Charset.forName("GB18030"));
        }
        if (text == null) {
            return null;
        }
        return name.endsWith(".json") ? json(encoding, text) : csv(encoding, text);
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Table csv(String encoding, String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> headers = records.next().toList();
            List<List<String>> rows = new ArrayList<>();
            records.forEachRemaining(r -> rows.add(r.toList()));
            return new Table(encoding, headers, rows);
        }
    }

    private static Table json(String encoding, String text) throws IOException {
        JsonNode array = new ObjectMapper().readTree(text);
        List<String> headers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode object : array) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<String> row = new ArrayList<>();
            int c = 0;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (rows.isEmpty()) {
                    headers.add(field.getKey());
                }
                JsonNode v = field.getValue();
                row.add(v.isNumber() && field.getKey().matches("id_number|身份证号") ? "NUMBER:" + v.asText() : v.asText());
                c++;
            }
            rows.add(row);
        }
        return new Table(encoding, headers, rows);
    }

    private static Table xlsx(byte[] bytes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> headers = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                int width = row.getRowNum() == 0 ? row.getLastCellNum() : headers.size();
                for (int c = 0; c < width; c++) {
                    cells.add(text(row.getCell(c)));
                }
                if (row.getRowNum() == 0) {
                    headers.addAll(cells);
                } else {
                    rows.add(cells);
                }
            }
            return new Table("XLSX", headers, rows);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return "NUMBER:" + new BigDecimal(Double.toString(cell.getNumericCellValue())).toPlainString();
        }
        return cell.getStringCellValue();
    }
}
