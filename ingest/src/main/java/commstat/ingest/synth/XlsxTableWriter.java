package commstat.ingest.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal XLSX (SpreadsheetML) writer: one sheet, a shared-strings table and four cell styles, the parts Excel
 * itself writes. Written by hand rather than through POI's XSSF because POI costs 15-40 ms per small workbook
 * (measured here), which alone would take scale 10 past ten minutes; this takes well under a millisecond. POI reads
 * every file back in the tests ({@code XlsxTableWriterTest}).
 * <p>
 * Reproducible: every zip entry is stamped with the submission's local time ({@code setTimeLocal}, independent of
 * the JVM's zone) and the OPC core properties carry that time as created/modified, never the wall clock.
 * IDs and other text are string cells with the text format {@code @}; dates are numeric date-formatted cells;
 * amounts numeric with {@code #,##0.00}; a {@link MangledId} is the number Excel kept of it.
 */
final class XlsxTableWriter {
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final int STYLE_TEXT = 1;
    private static final int STYLE_DATE = 2;
    private static final int STYLE_MONEY = 3;

    private XlsxTableWriter() {
    }

    static byte[] write(RenderedTable table, LocalDateTime createdAt) {
        Map<String, Integer> strings = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder(256 + table.rows().size() * 400);
        sheet.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
                .append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
                .append("<dimension ref=\"A1:").append(column(table.headers().size() - 1)).append(table.rows().size() + 1)
                .append("\"/><sheetData>");
        sheet.append("<row r=\"1\">");
        for (int c = 0; c < table.headers().size(); c++) {
            stringCell(sheet, c, 1, table.headers().get(c), 0, strings);
        }
        sheet.append("</row>");
        int r = 2;
        for (Object[] values : table.rows()) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < values.length; c++) {
                Object value = values[c];
                if (value == null) {
                    continue;
                }
                if (value instanceof Integer i) {
                    numberCell(sheet, c, r, Integer.toString(i), 0);
                } else if (value instanceof BigDecimal amount) {
                    numberCell(sheet, c, r, amount.toPlainString(), STYLE_MONEY);
                } else if (value instanceof LocalDate d) {
                    numberCell(sheet, c, r, Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, d)), STYLE_DATE);
                } else if (value instanceof MangledId mangled) {
                    numberCell(sheet, c, r, Double.toString(ResidentIds.excelNumber(mangled.id())), 0);
                } else {
                    stringCell(sheet, c, r, value.toString(), STYLE_TEXT, strings);
                }
            }
            sheet.append("</row>");
            r++;
        }
        sheet.append("</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096 + sheet.length());
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", CONTENT_TYPES, createdAt);
            entry(zip, "_rels/.rels", ROOT_RELS, createdAt);
            entry(zip, "docProps/app.xml", APP, createdAt);
            entry(zip, "docProps/core.xml", core(createdAt), createdAt);
            entry(zip, "xl/workbook.xml", WORKBOOK, createdAt);
            entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS, createdAt);
            entry(zip, "xl/styles.xml", styles(table.slashDates()), createdAt);
            entry(zip, "xl/sharedStrings.xml", sharedStrings(strings), createdAt);
            entry(zip, "xl/worksheets/sheet1.xml", sheet.toString(), createdAt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String content, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void stringCell(StringBuilder b, int c, int r, String text, int style, Map<String, Integer> strings) {
        Integer index = strings.get(text);
        if (index == null) {
            index = strings.size();
            strings.put(text, index);
        }
        b.append("<c r=\"").append(column(c)).append(r).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        b.append(" t=\"s\"><v>").append(index).append("</v></c>");
    }

    private static void numberCell(StringBuilder b, int c, int r, String number, int style) {
        b.append("<c r=\"").append(column(c)).append(r).append('"');
        if (style != 0) {
            b.append(" s=\"").append(style).append('"');
        }
        b.append("><v>").append(number).append("</v></c>");
    }

    /** A, B, ..., Z, AA, ... */
    static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private static String sharedStrings(Map<String, Integer> strings) {
        StringBuilder b = new StringBuilder(64 + strings.size() * 24);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
                .append(strings.size()).append("\" uniqueCount=\"").append(strings.size()).append("\">");
        for (String s : strings.keySet()) {
            b.append("<si><t");
            if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                b.append(" xml:space=\"preserve\"");
            }
            b.append('>');
            escape(b, s);
            b.append("</t></si>");
        }
        return b.append("</sst>").toString();
    }

    private static void escape(StringBuilder b, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                        b.append(String.format("_x%04X_", (int) ch)); // SpreadsheetML's escape for control characters
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
    }

    private static String core(LocalDateTime createdAt) {
        String when = createdAt.atOffset(ZoneOffset.ofHours(8)).withOffsetSameInstant(ZoneOffset.UTC).format(W3C);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                + "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dc:creator>commstat</dc:creator>"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:created>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + when + "</dcterms:modified>"
                + "</cp:coreProperties>";
    }

    private static String styles(boolean slashDates) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"" + (slashDates ? "yyyy/m/d" : "yyyy-mm-dd") + "\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"等线\"/><family val=\"2\"/><charset val=\"134\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"4\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>";
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
            + "</Types>";

    private static final String ROOT_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>";

    private static final String APP = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>Microsoft Excel</Application></Properties>";

    private static final String WORKBOOK = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private static final String WORKBOOK_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "</Relationships>";
}
