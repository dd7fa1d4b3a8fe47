package commstat.reports.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import java.io.IOException;
import java.security.SecureRandom;
import java.text.AttributedCharacterIterator.Attribute;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.classic.ClassicImage;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfImage;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;

/**
 * Jasper's PDF exporter with the three things OpenPDF would otherwise take from the clock or
 * a random source pinned: the creation/modification date, the file ID and the font subset tag.
 */
final class DeterministicPdfExporter extends JRPdfExporter {

    /**
     * Deflate level of the embedded font subsets. OpenPDF's TrueType subset keeps the whole loca and hmtx tables
     * (Noto Sans SC: 65,535 glyphs, about 270 KB a font uncompressed), so deflating them at the default level was
     * 60% of a disclosure's CPU; the fastest level cuts a disclosure from about 28 to 11 ms CPU for 8% more bytes
     * (106 → 115 KB). The same text and glyphs, and the same bytes on every run.
     */
    static final int FONT_COMPRESSION = java.util.zip.Deflater.BEST_SPEED;

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
        /**
         * The fonts of this document by text attributes and locale: Jasper asks for one per text chunk (hundreds a
         * page), and each ask walks the font extensions and OpenPDF's font factory (about 8% of a disclosure's CPU).
         * The answer depends on nothing else, so the same attributes get the same font, as before.
         */
        private final Map<List<Object>, Font> fonts = new HashMap<>();

        Producer(PdfProducerContext context, PdfDocumentInfo info) {
            super(context);
            this.info = info;
        }

        @Override
        public Font getFont(Map<Attribute, Object> attributes, Locale locale) {
            return fonts.computeIfAbsent(List.of(new HashMap<>(attributes), Objects.requireNonNullElse(locale, Locale.ROOT)), k -> {
                Font font = super.getFont(attributes, locale);
                BaseFont base = font.getBaseFont();
                if (base != null) {
                    base.setSecureRandom(FixedRandom.INSTANCE); // the subset tag "NNNNNN+" instead of a random one
                    base.setCompressionLevel(FONT_COMPRESSION);
                }
                return font;
            });
        }

        /** PNGs (the charts) through {@link PngImages}: the same image, without OpenPDF's per-pixel conversion. */
        @Override
        public PdfImage createImage(byte[] data, boolean verify) throws IOException, JRException {
            if (PngImages.isPng(data)) {
                try {
                    Image image = PngImages.read(data);
                    if (image != null) {
                        return new ClassicImage(image);
                    }
                } catch (IOException | RuntimeException unreadable) {
                    // OpenPDF's own path below reports it as Jasper expects
                }
            }
            return super.createImage(data, verify);
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
