package commstat.server.assessment;

import commstat.server.api.ApiException;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The columns a ranking page sorts by ({@code ?sort=&dir=}); ties always fall back to the community code. */
public enum RankingSort {
    RANK, CODE, NAME, STREET, RATING, SCORE, INTERVAL;

    private static final List<String> RATING_ORDER = List.of("EXCELLENT", "GOOD", "PASS", "FAIL");

    public static RankingSort parse(String value) {
        if (value == null || value.isBlank()) {
            return RANK;
        }
        for (RankingSort s : values()) {
            if (s.name().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw ApiException.badParameter("sort '" + (value.length() > 20 ? value.substring(0, 20) : value)
                + "' is not one of rank, code, name, street, rating, score, interval");
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rows in this order ({@code descending} reverses it); {@code city}: rank means the city rank. */
    public List<RankingRow> sort(List<RankingRow> rows, boolean city, boolean descending) {
        Comparator<RankingRow> byCode = Comparator.comparing(RankingRow::communityCode);
        Comparator<RankingRow> c = switch (this) {
            case RANK -> Comparator.comparingInt((RankingRow r) -> city ? r.cityRank() : r.districtRank());
            case CODE -> byCode;
            case NAME -> Comparator.comparing(RankingRow::communityName, Comparator.nullsLast(Comparator.naturalOrder()));
            case STREET -> Comparator.comparing(RankingRow::streetCode, Comparator.nullsLast(Comparator.naturalOrder()));
            case RATING -> Comparator.comparingInt((RankingRow r) -> {
                int i = RATING_ORDER.indexOf(r.rating());
                return i < 0 ? RATING_ORDER.size() : i;
            });
            case SCORE -> Comparator.comparing(RankingRow::score, Comparator.nullsLast(Comparator.reverseOrder()));
            case INTERVAL -> Comparator.comparing((RankingRow r) -> r.p95DistrictRank() == null ? null
                    : r.p95DistrictRank() - r.p05DistrictRank(), Comparator.nullsLast(Comparator.naturalOrder()));
        };
        Comparator<RankingRow> full = c.thenComparing(byCode);
        return rows.stream().sorted(descending ? full.reversed() : full).toList();
    }
}
