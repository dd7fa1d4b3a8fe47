package commstat.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * Jasper's PDF exporter with the three things OpenPDF would otherwise take from the clock or
 * a random source pinned: the creation/modification date, the file ID and the font subset tag.
 */
final class DeterministicPdfExporter extends JRPdfExporter {

    private final PdfDocumentInfo info;

    DeterministicPdfExporter(JasperReportsContext context, PdfDocumentInfo info) {
        super(context);
        this.info = Objects.requireNonNull(info, "info is null");
    }

    @Override
    protected PdfProducer createPdfProducer() {
        return new Producer(createPdfProducerContext(), info);
    }

    private static final class Producer extends ClassicPdfProducer {
        private final PdfDocumentInfo info;

        Producer(PdfProducerContext context, PdfDocumentInfo info) {
            super(context);
            this.info = info;
        }

        @Override
        public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
            Font font = super.getFont(attributes, locale);
            BaseFont base = font.getBaseFont();
            if (base != null) {
                base.setSecureRandom(FixedRandom.INSTANCE); // the subset tag "NNNNNN+" instead of a random one
            }
            return font;
        }

        @Override
        public void close() {
            // PdfDocument stamped the wall clock when it was created; OpenPDF keeps a FileID found in the info.
            PdfDictionary pdfInfo = getPdfWriter().getInfo();
            PdfDate date = new PdfDate(info.creationCalendar());
            pdfInfo.put(PdfName.CREATIONDATE, date);
            pdfInfo.put(PdfName.MODDATE, date);
            byte[] id = info.documentId();
            pdfInfo.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            super.close();
        }
    }

    /** Subset tags are drawn with nextDouble(); a constant gives the same tag in every document. */
    private static final class FixedRandom extends SecureRandom {
        static final FixedRandom INSTANCE = new FixedRandom();

        @Override
        public double nextDouble() {
            return 0.5;
        }
    }
}
