package commstat.ingest.read;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cell styles ({@code s} attribute, index into {@code cellXfs}) carry a date format: all the reader needs
 * of {@code styles.xml} to tell an Excel date cell from a plain number (the contract accepts the first and
 * rejects a raw serial). Parsed with SAX: the full StylesTable costs about as much as the sheet itself.
 */
final class XlsxStyles extends DefaultHandler {
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> cellFormatIds = new ArrayList<>();
    private boolean inCellXfs;
    private boolean[] dateStyles;

    static XlsxStyles none() {
        XlsxStyles styles = new XlsxStyles();
        styles.dateStyles = new boolean[0];
        return styles;
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyles.length && dateStyles[styleIndex];
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmt" -> {
                String id = attributes.getValue("numFmtId");
                String code = attributes.getValue("formatCode");
                if (id != null && code != null) {
                    customFormats.put(parseInt(id), code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    String id = attributes.getValue("numFmtId");
                    cellFormatIds.add(id == null ? 0 : parseInt(id));
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(localName)) {
            inCellXfs = false;
        }
    }

    @Override
    public void endDocument() {
        dateStyles = new boolean[cellFormatIds.size()];
        for (int i = 0; i < dateStyles.length; i++) {
            int id = cellFormatIds.get(i);
            String code = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            dateStyles[i] = code != null && DateUtil.isADateFormat(id, code);
        }
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
