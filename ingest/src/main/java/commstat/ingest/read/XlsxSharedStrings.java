package commstat.ingest.read;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared strings of a workbook as plain strings. POI's {@code ReadOnlySharedStringsTable} hands each one out as an
 * {@code XSSFRichTextString}, which builds an XMLBeans object per cell read (15% of the CPU of reading XLSX files,
 * and the XMLBeans schema loaded in every JVM); this reads the same text with the same rules: the {@code <t>}
 * runs of each {@code <si>} joined, phonetic runs ({@code <rPh>}) left out, {@code _xHHHH_} escapes decoded as
 * {@code XSSFRichTextString.getString()} does.
 */
final class XlsxSharedStrings extends DefaultHandler {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    private XlsxSharedStrings() {
    }

    /** The workbook's shared strings; none when it has no shared strings part. */
    static XlsxSharedStrings of(OPCPackage pkg, XMLReader xml) throws IOException, SAXException {
        XlsxSharedStrings table = new XlsxSharedStrings();
        List<PackagePart> parts = pkg.getPartsByContentType(CONTENT_TYPE);
        if (!parts.isEmpty()) {
            try (InputStream in = parts.get(0).getInputStream()) {
                xml.setContentHandler(table);
                try {
                    xml.parse(new InputSource(in));
                } finally {
                    xml.setContentHandler(null);
                }
            }
        }
        return table;
    }

    /** For tests: parses a {@code sharedStrings.xml}. */
    static XlsxSharedStrings parse(InputStream in) throws IOException, SAXException, javax.xml.parsers.ParserConfigurationException {
        XlsxSharedStrings table = new XlsxSharedStrings();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(table);
        xml.parse(new InputSource(in));
        return table;
    }

    /** @throws IndexOutOfBoundsException for an index the table does not have */
    String get(int index) {
        return strings.get(index);
    }

    int size() {
        return strings.size();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (uri != null && !uri.equals(NS)) {
            return;
        }
        switch (localName) {
            case "si" -> strings.add(decode(text.toString()));
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText && !inPhonetic) {
            text.append(ch, start, length);
        }
    }

    /** {@code _x000D_} and the like, as {@code XSSFRichTextString.utfDecode}. */
    static String decode(String value) {
        if (!value.contains("_x")) {
            return value;
        }
        Matcher m = ESCAPE.matcher(value);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(value, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        return at == 0 ? value : out.append(value, at, value.length()).toString();
    }
}
