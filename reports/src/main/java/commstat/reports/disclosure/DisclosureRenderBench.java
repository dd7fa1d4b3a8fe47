package commstat.reports.disclosure;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every closed disclosure of a snapshot as version 1 published on {@code publicationDate}, for
 * {@link commstat.reports.pdf.RenderBench}: the PDFs a first publication run renders (targets.md: at least 50 a
 * second on 2 cores).
 */
public final class DisclosureRenderBench {

    private DisclosureRenderBench() {
    }

    public static Map<String, List<Supplier<byte[]>>> kinds(Path snapshot, LocalDate publicationDate) {
        List<Supplier<byte[]>> pdfs = DisclosureReader.closed(snapshot).stream()
                .map(d -> new PublishedDisclosure(d, 1, publicationDate, "first publication"))
                .map(p -> (Supplier<byte[]>) () -> DisclosurePdf.render(p))
                .toList();
        return Map.of("disclosure", pdfs);
    }
}
