package commstat.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills compiled reports and exports them to PDF bytes. Same templates, parameters, rows and
 * {@link PdfDocumentInfo} give the same bytes. Thread-safe: a compiled report may be filled by
 * several threads at once.
 */
public final class PdfRenderer {

    /** Parameters every template may use for its page footer. */
    public static final String RUN_DATE = "RUN_DATE";
    public static final String SNAPSHOT_ID = "SNAPSHOT_ID";
    /** Pages of the sections before this one, so a footer can number the whole document. */
    public static final String PAGE_OFFSET = "PAGE_OFFSET";

    /** One part of a document: a classpath template filled with its parameters and rows (field name → value). */
    public record Section(String template, Map<String, ?> parameters, List<? extends Map<String, ?>> rows) {
        public Section {
            Objects.requireNonNull(template, "template is null");
            parameters = new HashMap<>(parameters); // may hold null values (an absent chart)
        }

        /** A section without rows: everything is in the parameters. */
        public static Section of(String template, Map<String, ?> parameters) {
            return new Section(template, parameters, null);
        }
    }

    private PdfRenderer() {
    }

    /** Renders one classpath template with rows given as maps; {@code rows} null means a single empty row. */
    public static byte[] render(String template, Map<String, ?> parameters,
                                List<? extends Map<String, ?>> rows, PdfDocumentInfo info) {
        return render(List.of(new Section(template, parameters, rows)), info);
    }

    /** Renders the sections one after the other into one PDF; pages are numbered through. */
    public static byte[] render(List<Section> sections, PdfDocumentInfo info) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("'" + info.title() + "' has no sections");
        }
        DefaultJasperReportsContext context = DefaultJasperReportsContext.getInstance();
        List<JasperPrint> prints = new ArrayList<>(sections.size());
        int pages = 0;
        for (Section section : sections) {
            JasperPrint print = fill(context, section, info, pages);
            pages += print.getPages().size();
            prints.add(print);
        }
        return export(context, prints, info);
    }

    private static JasperPrint fill(DefaultJasperReportsContext context, Section section, PdfDocumentInfo info, int pageOffset) {
        Map<String, Object> params = new HashMap<>(section.parameters());
        params.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        params.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(PdfDocumentInfo.ZONE));
        params.putIfAbsent(RUN_DATE, info.runDate().toString());
        params.putIfAbsent(SNAPSHOT_ID, info.snapshotId());
        params.put(PAGE_OFFSET, pageOffset);
        @SuppressWarnings("unchecked")
        JRDataSource data = section.rows() == null ? new JREmptyDataSource(1)
                : new JRMapCollectionDataSource((List<Map<String, ?>>) (List<?>) section.rows());
        try {
            return JasperFillManager.getInstance(context).fill(JasperTemplates.get(section.template()), params, data);
        } catch (JRException e) {
            throw new IllegalStateException("filling " + section.template() + " of '" + info.title() + "' failed: "
                    + e.getMessage(), e);
        }
    }

    private static byte[] export(DefaultJasperReportsContext context, List<JasperPrint> prints, PdfDocumentInfo info) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        DeterministicPdfExporter exporter = new DeterministicPdfExporter(context, info);
        exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
        SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
        configuration.setMetadataTitle(info.title());
        configuration.setMetadataAuthor(info.author());
        configuration.setMetadataCreator("commstat");
        configuration.setMetadataProducer("commstat (JasperReports, OpenPDF)");
        configuration.setCompressed(true);
        exporter.setConfiguration(configuration);
        try {
            exporter.exportReport();
        } catch (JRException e) {
            throw new IllegalStateException("exporting '" + info.title() + "' to PDF failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
