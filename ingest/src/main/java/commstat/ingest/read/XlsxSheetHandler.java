package commstat.ingest.read;

import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Streams one worksheet's XML into a header and rows. Written against the sheet XML rather than POI's
 * XSSFSheetXMLHandler because that one hands over formatted strings only: the contract needs the cell's type,
 * the raw number (read through its shortest decimal form) and whether its style is a date format.
 * Limits guard against over-large sheets and cells; breaking one aborts the parse.
 */
final class XlsxSheetHandler extends DefaultHandler {
    static final int MAX_ROWS = 500_000;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARS = 32_767;
    static final long MAX_CELLS = 5_000_000;

    private final XlsxSharedStrings sharedStrings;
    private final XlsxStyles styles;
    private final boolean date1904;

    private List<String> header;
    private final List<RawRow> rows = new ArrayList<>();

    private int rowNumber;
    private int rowsSeen;
    private long cellsSeen;
    private Cell[] rowCells = new Cell[16];
    private int rowWidth;

    private int column;
    private String type;
    private int style;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();

    XlsxSheetHandler(XlsxSharedStrings sharedStrings, XlsxStyles styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    List<String> header() {
        return header;
    }

    List<RawRow> rows() {
        return rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v" -> {
                inValue = true;
                value.setLength(0);
            }
            case "is" -> inline.setLength(0);
            case "t" -> inInlineText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inValue) {
            append(value, ch, start, length);
        } else if (inInlineText && !inPhonetic) {
            append(inline, ch, start, length);
        }
    }

    private static void append(StringBuilder target, char[] ch, int start, int length) throws SAXException {
        if (target.length() + length > MAX_CELL_CHARS) {
            throw new SAXException("a cell is longer than " + MAX_CELL_CHARS + " characters");
        }
        target.append(ch, start, length);
    }

    private void startRow(String r) throws SAXException {
        if (++rowsSeen > MAX_ROWS) {
            throw new SAXException("the sheet has more than " + MAX_ROWS + " rows");
        }
        rowNumber = r == null ? rowNumber + 1 : parsePositive(r, rowNumber + 1);
        Arrays.fill(rowCells, 0, rowWidth, null);
        rowWidth = 0;
        column = -1;
    }

    private void startCell(Attributes attributes) throws SAXException {
        if (++cellsSeen > MAX_CELLS) {
            throw new SAXException("the sheet has more than " + MAX_CELLS + " cells");
        }
        String ref = attributes.getValue("r");
        column = ref == null ? column + 1 : columnOf(ref);
        if (column >= MAX_COLUMNS) {
            throw new SAXException("a cell beyond column " + MAX_COLUMNS);
        }
        type = attributes.getValue("t");
        String s = attributes.getValue("s");
        style = s == null ? 0 : parsePositive(s, -1);
        value.setLength(0);
        inline.setLength(0);
    }

    private void endCell() {
        Cell cell = cell();
        if (column >= rowCells.length) {
            rowCells = Arrays.copyOf(rowCells, Math.max(column + 1, rowCells.length * 2));
        }
        rowCells[column] = cell;
        rowWidth = Math.max(rowWidth, column + 1);
    }

    private Cell cell() {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            if (v.isEmpty()) {
                return Cell.EMPTY;
            }
            double d;
            try {
                d = Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return Cell.text(v);
            }
            if (styles.isDate(style) && DateUtil.isValidExcelDate(d)) {
                return Cell.date(DateUtil.getLocalDateTime(d, date1904).toLocalDate());
            }
            return Cell.number(ShortestDecimal.of(d));
        }
        return switch (type) {
            case "s" -> sharedString(v);
            case "inlineStr" -> Cell.text(inline.toString());
            case "b" -> v.isEmpty() ? Cell.EMPTY : Cell.bool(!v.trim().equals("0"));
            case "d" -> isoDate(v);
            default -> v.isEmpty() ? Cell.EMPTY : Cell.text(v); // str (formula text), e (error value)
        };
    }

    private Cell sharedString(String index) {
        try {
            return Cell.text(sharedStrings.get(Integer.parseInt(index.trim())));
        } catch (RuntimeException e) {
            return Cell.EMPTY;
        }
    }

    private static Cell isoDate(String v) {
        try {
            return Cell.date(LocalDate.parse(v.length() > 10 ? v.substring(0, 10) : v));
        } catch (RuntimeException e) {
            return Cell.text(v);
        }
    }

    private void endRow() {
        boolean blank = true;
        for (int i = 0; i < rowWidth; i++) {
            Cell c = rowCells[i];
            if (c != null && !c.isEmpty() && !UnicodeText.isBlank(c.text())) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return;
        }
        if (header == null) {
            List<String> names = new ArrayList<>(rowWidth);
            for (int i = 0; i < rowWidth; i++) {
                Cell c = rowCells[i];
                names.add(c == null || c.isEmpty() ? "" : c.text());
            }
            header = names;
            return;
        }
        Cell[] cells = new Cell[header.size()];
        for (int i = 0; i < cells.length; i++) {
            Cell c = i < rowWidth ? rowCells[i] : null;
            cells[i] = c == null ? Cell.EMPTY : c;
        }
        rows.add(new RawRow(rowNumber, Arrays.asList(cells), false));
    }

    /** Zero-based column of a reference like {@code AB12}. */
    private static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
                if (col > MAX_COLUMNS) {
                    return MAX_COLUMNS;
                }
            } else {
                break;
            }
        }
        return col - 1;
    }

    private static int parsePositive(String s, int fallback) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
