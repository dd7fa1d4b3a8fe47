package commstat.reports.pdf;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Fills a compiled report and exports it to PDF bytes. Same template, parameters, rows and
 * {@link PdfDocumentInfo} give the same bytes. Thread-safe: a compiled report may be filled
 * by several threads at once.
 */
public final class PdfRenderer {

    /** Parameters every template may use for its page footer. */
    public static final String RUN_DATE = "RUN_DATE";
    public static final String SNAPSHOT_ID = "SNAPSHOT_ID";

    private PdfRenderer() {
    }

    /** Renders a classpath template with rows given as maps (field name → value). */
    public static byte[] render(String template, Map<String, ?> parameters,
                                List<? extends Map<String, ?>> rows, PdfDocumentInfo info) {
        @SuppressWarnings("unchecked")
        JRDataSource data = rows == null ? new JREmptyDataSource(1)
                : new JRMapCollectionDataSource((List<Map<String, ?>>) (List<?>) rows);
        return render(JasperTemplates.get(template), parameters, data, info);
    }

    public static byte[] render(JasperReport report, Map<String, ?> parameters, JRDataSource data, PdfDocumentInfo info) {
        Map<String, Object> params = new HashMap<>(parameters);
        params.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
        params.put(JRParameter.REPORT_TIME_ZONE, TimeZone.getTimeZone(PdfDocumentInfo.ZONE));
        params.putIfAbsent(RUN_DATE, info.runDate().toString());
        params.putIfAbsent(SNAPSHOT_ID, info.snapshotId());
        try {
            DefaultJasperReportsContext context = DefaultJasperReportsContext.getInstance();
            JasperPrint print = JasperFillManager.getInstance(context).fill(report, params, data);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            DeterministicPdfExporter exporter = new DeterministicPdfExporter(context, info);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(info.title());
            configuration.setMetadataAuthor(info.author());
            configuration.setMetadataCreator("commstat");
            configuration.setMetadataProducer("commstat (JasperReports, OpenPDF)");
            configuration.setCompressed(true);
            exporter.setConfiguration(configuration);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("rendering '" + info.title() + "' failed: " + e.getMessage(), e);
        }
    }
}
