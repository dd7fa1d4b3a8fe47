package commstat.server.assessment;

import commstat.server.marts.Snapshot;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The assessment PDFs of a snapshot ({@code <snapshot>/reports/assessment/<year>/}, docs/DATA.md "Assessment PDFs")
 * and the server's links to them ({@link ReportFiles}); a link only when the snapshot has the file.
 */
public final class ReportLinks {
    private ReportLinks() {
    }

    static Path file(Snapshot snapshot, int year, String kind, String code) {
        Path dir = snapshot.dir().resolve("reports").resolve("assessment").resolve(Integer.toString(year));
        return kind.equals("city") ? dir.resolve("city.pdf") : dir.resolve(kind).resolve(code + ".pdf");
    }

    /** The link to a PDF ({@code city}, {@code district}, {@code community}), or null when the snapshot has none. */
    public static String href(Snapshot snapshot, int year, String kind, String code) {
        if (!Files.isRegularFile(file(snapshot, year, kind, code))) {
            return null;
        }
        return "/reports/assessment/" + year + "/" + (kind.equals("city") ? "city" : kind + "/" + code);
    }

    /** The ranking page's PDF: the district report for its office, the city summary for the administrator. */
    public static String rankingPdf(Snapshot snapshot, Rankings r, commstat.server.marts.Scope scope) {
        if (r.isCity()) {
            return scope.role() == commstat.server.web.Role.ADMIN ? href(snapshot, r.year(), "city", null) : null;
        }
        return scope.ownsDistrict(r.districtCode()) ? href(snapshot, r.year(), "district", r.districtCode()) : null;
    }
}
