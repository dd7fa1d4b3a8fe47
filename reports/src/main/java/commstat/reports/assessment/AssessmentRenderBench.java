package commstat.reports.assessment;

import commstat.reports.pdf.PdfDocumentInfo;
import commstat.reports.pdf.PdfRenderer;
import commstat.reports.pdf.PdfRenderer.Section;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The assessment documents of a year for {@link commstat.reports.pdf.RenderBench}: one kind per kind of document. */
public final class AssessmentRenderBench {

    private AssessmentRenderBench() {
    }

    public static Map<String, List<Supplier<byte[]>>> kinds(Path snapshot, int year) {
        AssessmentData data = new AssessmentMartReader(snapshot).read(year);
        AssessmentDocuments docs = new AssessmentDocuments(data);
        PdfDocumentInfo info = new PdfDocumentInfo("bench", "commstat", LocalDate.of(year + 1, 1, 1), "bench");
        Map<String, List<Supplier<byte[]>>> kinds = new LinkedHashMap<>();
        kinds.put("community profile", data.scores().stream().map(s -> pdf(() -> docs.profile(s), info)).toList());
        kinds.put("district report", docs.districts().stream().map(d -> pdf(() -> docs.district(d), info)).toList());
        kinds.put("city summary", List.of(pdf(docs::city, info)));
        return kinds;
    }

    private static Supplier<byte[]> pdf(Supplier<List<Section>> sections, PdfDocumentInfo info) {
        return () -> PdfRenderer.render(sections.get(), info);
    }
}
