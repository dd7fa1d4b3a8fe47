package commstat.server.assessment;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A ranking page's model: the ranking, its rows in the chosen order, and the links the page needs. */
public record RankingsPage(Rankings rankings, List<RankingRow> rows, RankingSort sort, boolean descending,
                           String pdfHref) {
    public RankingsPage {
        requireNonNull(rankings, "rankings is null");
        rows = List.copyOf(rows);
        requireNonNull(sort, "sort is null");
    }

    /** This page's path without query. */
    public String path() {
        return rankings.isCity() ? "/assessment" : "/assessment/district/" + rankings.districtCode();
    }

    /** The link a column header points to: this column ascending, or descending when it is already ascending. */
    public String sortHref(String column) {
        boolean desc = sort.param().equals(column) && !descending;
        return path() + "?year=" + rankings.year() + "&sort=" + column + (desc ? "&dir=desc" : "");
    }

    /** The arrow after the header of the sorted column. */
    public String arrow(String column) {
        return sort.param().equals(column) ? (descending ? " ▼" : " ▲") : "";
    }

    public String yearHref(int year) {
        return path() + "?year=" + year;
    }
}
