package commstat.ingest.read;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/**
 * The first sheet of an XLSX, read as a stream with POI's event API (XSSFReader; shared strings by XlsxSharedStrings):
 * never a whole workbook in memory. Anything the reader cannot finish is {@code UNREADABLE_FILE}.
 */
final class XlsxTableReader {
    static final String ENCODING = "xlsx";
    // Building a SAX parser costs more than parsing a small sheet: one per thread, reused.
    private static final ThreadLocal<XMLReader> XML_READER = ThreadLocal.withInitial(() -> {
        try {
            return XMLHelper.newXMLReader();
        } catch (Exception e) {
            throw new IllegalStateException("no SAX parser", e);
        }
    });

    private XlsxTableReader() {
    }

    static RawTable read(byte[] bytes) throws UnreadableFileException {
        ZipLimits.check(bytes);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            XSSFReader reader = new XSSFReader(pkg);
            XlsxStyles styles = styles(reader);
            boolean date1904 = date1904(reader);
            XlsxSharedStrings strings = XlsxSharedStrings.of(pkg, XML_READER.get());
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("not a readable XLSX workbook: no sheet", null);
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, date1904);
            try (InputStream sheet = sheets.next()) {
                parse(sheet, handler);
            }
            if (handler.header() == null) {
                throw new UnreadableFileException("empty file: no header row", null);
            }
            return new RawTable(ENCODING, handler.header(), handler.rows());
        } catch (UnreadableFileException e) {
            throw e;
        } catch (SAXException e) {
            throw new UnreadableFileException("not a readable XLSX workbook: " + e.getMessage(), null, e);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // POI signals a broken package with many exception types, checked and unchecked.
            throw new UnreadableFileException("not a readable XLSX workbook: " + e.getClass().getSimpleName(), null, e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    private static XlsxStyles styles(XSSFReader reader) throws Exception {
        InputStream data;
        try {
            data = reader.getStylesData();
        } catch (Exception e) {
            return XlsxStyles.none();
        }
        if (data == null) {
            return XlsxStyles.none();
        }
        XlsxStyles styles = new XlsxStyles();
        try (InputStream in = data) {
            parse(in, styles);
        }
        return styles;
    }

    private static boolean date1904(XSSFReader reader) throws Exception {
        boolean[] flag = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("workbookPr".equals(localName)) {
                        String v = attributes.getValue("date1904");
                        flag[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
                    }
                }
            });
        }
        return flag[0];
    }

    private static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader xml = XML_READER.get();
        xml.setContentHandler(handler);
        try {
            xml.parse(new InputSource(in));
        } finally {
            xml.setContentHandler(null);
        }
    }
}
