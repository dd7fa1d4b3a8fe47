package commstat.jobs.statistics.publication;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public tables of one street and month, from that street-month's rows of {@code population_monthly} and
 * {@code floating_active_monthly} (as {@link PublicStatistics#build} selects them): rows are the street's communities
 * that exist in the month, by code; columns are the fixed categories (reasons, housing types, population figures)
 * or, for origin provinces, those with an active resident in one of those communities, by code. A floating count
 * not in the data is 0; a population figure not reported is null ("-"). Then each table is suppressed.
 */
final class StreetMonth {
    static final String POPULATION = "population";

    private final int year;
    private final String period;
    private final List<StreetCommunity> communities;
    /** dimension → community → category → count */
    private final Map<String, Map<String, Map<String, Long>>> floating = new HashMap<>();
    /** community → the three population figures */
    private final Map<String, Long[]> population = new HashMap<>();

    private StreetMonth(int year, String period, List<StreetCommunity> communities) {
        this.year = year;
        this.period = period;
        this.communities = communities;
    }

    /** The rows of one group: year, period, community_code, dimension, category, value, figure0..2. */
    static StreetMonth of(Iterator<Row> rows, StreetCommunity.Index index) {
        StreetMonth m = null;
        List<Row> data = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            if (m == null) {
                m = forStreet(r.getInt(0), r.getString(1), index.streetOf(r.getString(2)), index);
            }
            data.add(r);
        }
        if (m == null) {
            return new StreetMonth(0, "", List.of());
        }
        for (Row r : data) {
            String community = r.getString(2);
            if (POPULATION.equals(r.getString(3))) {
                m.population.put(community, new Long[] {(Long) r.get(6), (Long) r.get(7), (Long) r.get(8)});
            } else {
                m.floating.computeIfAbsent(r.getString(3), k -> new HashMap<>())
                        .computeIfAbsent(community, k -> new HashMap<>()).put(r.getString(4), r.getLong(5));
            }
        }
        return m;
    }

    private static StreetMonth forStreet(int year, String period, String street, StreetCommunity.Index index) {
        List<StreetCommunity> existing = new ArrayList<>();
        YearMonth month = YearMonth.parse(period);
        for (StreetCommunity c : index.byStreet().getOrDefault(street, List.of())) { // by code
            if (c.existsIn(month)) {
                existing.add(c);
            }
        }
        return new StreetMonth(year, period, existing);
    }

    /**
     * Every cell of the street-month's tables, suppressed; none when no community of the street exists then. In the
     * published order (table name, row, column), which the write's sort then finds already in place.
     */
    List<Row> cells() {
        List<Row> out = new ArrayList<>();
        if (communities.isEmpty()) {
            return out;
        }
        out.addAll(floatingTable("floating_by_housing_type", "housing_type", PublicStatistics.HOUSING_TYPES));
        TreeMap<Integer, String> provinces = new TreeMap<>();
        Map<String, Map<String, Long>> byProvince = floating.getOrDefault("origin_province", Map.of());
        for (StreetCommunity c : communities) {
            byProvince.getOrDefault(c.code(), Map.of()).forEach((province, n) -> {
                if (n > 0) {
                    provinces.put(Integer.parseInt(province), province);
                }
            });
        }
        if (!provinces.isEmpty()) {
            String[][] columns = provinces.values().stream().map(p -> new String[] {p, p}).toArray(String[][]::new);
            out.addAll(floatingTable("floating_by_origin_province", "origin_province", columns));
        }
        out.addAll(floatingTable("floating_by_reason", "reason", PublicStatistics.REASONS));
        Long[][] figures = new Long[communities.size()][PublicStatistics.POPULATION_FIGURES.length];
        for (int i = 0; i < communities.size(); i++) {
            Long[] reported = population.get(communities.get(i).code());
            for (int j = 0; j < figures[i].length; j++) {
                figures[i][j] = reported == null ? null : reported[j];
            }
        }
        out.addAll(table("population_figures", PublicStatistics.POPULATION_FIGURES, figures));
        return out;
    }

    private List<Row> floatingTable(String table, String dimension, String[][] columns) {
        Map<String, Map<String, Long>> counts = floating.getOrDefault(dimension, Map.of());
        Long[][] values = new Long[communities.size()][columns.length];
        for (int i = 0; i < communities.size(); i++) {
            Map<String, Long> community = counts.getOrDefault(communities.get(i).code(), Map.of());
            for (int j = 0; j < columns.length; j++) {
                values[i][j] = community.getOrDefault(columns[j][0], 0L);
            }
        }
        return table(table, columns, values);
    }

    /** One table's cells with its total row and column, after suppression. */
    private List<Row> table(String table, String[][] columns, Long[][] counts) {
        SuppressedTable t = SuppressedTable.of(counts);
        StreetCommunity first = communities.get(0);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i <= communities.size(); i++) {
            boolean totalRow = i == communities.size();
            for (int j = 0; j <= columns.length; j++) {
                boolean totalColumn = j == columns.length;
                out.add(RowFactory.create(year, period, first.districtCode(), first.streetCode(), first.streetName(),
                        table, i, totalRow ? PublicStatistics.TOTAL : communities.get(i).code(),
                        totalRow ? PublicStatistics.TOTAL_LABEL : communities.get(i).name(), j,
                        totalColumn ? PublicStatistics.TOTAL : columns[j][0],
                        totalColumn ? PublicStatistics.TOTAL_LABEL : columns[j][1],
                        t.shown(i, j), t.mark(i, j).name().toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }
}
