package commstat.server.statistics;

import commstat.server.api.ApiException;
import commstat.server.marts.Scope;
import commstat.server.marts.Snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public statistics tables from {@code public_statistics} (suppressed: what everyone sees), and for an office
 * within its scope (ADMIN, the street's DISTRICT) the same table with the exact counts, from
 * {@code floating_active_monthly} and {@code population_monthly}, totals summed here.
 */
public final class StatisticsReader {
    public static final List<String> TABLES = List.of("floating_by_reason", "floating_by_housing_type",
            "floating_by_origin_province", "population_figures");
    private static final Map<String, String> DIMENSIONS = Map.of("floating_by_reason", "reason",
            "floating_by_housing_type", "housing_type", "floating_by_origin_province", "origin_province");

    private StatisticsReader() {
    }

    public static StatChoices choices(Connection db, Snapshot snapshot) throws SQLException {
        String t = snapshot.from("public_statistics");
        List<StatChoices.Street> streets = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT district_code, street_code, min(street_name) FROM " + t
                + " GROUP BY ALL ORDER BY district_code, street_code"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                streets.add(new StatChoices.Street(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        List<String> periods = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT DISTINCT period FROM " + t + " ORDER BY period DESC");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                periods.add(rs.getString(1));
            }
        }
        return new StatChoices(streets, periods, TABLES);
    }

    public static StatTable table(Connection db, Snapshot snapshot, Scope scope, String street, String period,
                                  String tableName) throws SQLException {
        if (!TABLES.contains(tableName)) {
            throw ApiException.badParameter("table '" + (tableName.length() > 40 ? tableName.substring(0, 40)
                    : tableName) + "' is not one of " + String.join(", ", TABLES));
        }
        Map<String, StatTable.Column> columns = new LinkedHashMap<>();
        Map<String, String[]> rowLabels = new LinkedHashMap<>();
        Map<String, StatTable.Cell> cells = new HashMap<>();
        int year = 0;
        String district = null;
        String streetName = null;
        try (PreparedStatement st = db.prepareStatement("SELECT year, district_code, street_name, row_key, row_label, "
                + "column_key, column_label, value_shown, suppression FROM " + snapshot.from("public_statistics")
                + " WHERE street_code = ? AND period = ? AND table_name = ? ORDER BY row_order, column_order")) {
            st.setString(1, street);
            st.setString(2, period);
            st.setString(3, tableName);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    year = rs.getInt(1);
                    district = rs.getString(2);
                    streetName = rs.getString(3);
                    rowLabels.putIfAbsent(rs.getString(4), new String[] {rs.getString(4), rs.getString(5)});
                    columns.putIfAbsent(rs.getString(6), new StatTable.Column(rs.getString(6), rs.getString(7)));
                    cells.put(rs.getString(4) + "|" + rs.getString(6), new StatTable.Cell(rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        if (rowLabels.isEmpty()) {
            throw ApiException.notFound("no " + tableName + " table for street " + street + " in " + period);
        }
        boolean exact = scope.ownsDistrict(district);
        if (exact) {
            cells = exactCells(db, snapshot, tableName, period, new ArrayList<>(rowLabels.keySet()),
                    new ArrayList<>(columns.keySet()));
        }
        List<StatTable.Row> rows = new ArrayList<>();
        for (String[] r : rowLabels.values()) {
            List<StatTable.Cell> rowCells = new ArrayList<>();
            for (String c : columns.keySet()) {
                rowCells.add(cells.getOrDefault(r[0] + "|" + c, new StatTable.Cell("0", exact ? "exact" : "shown")));
            }
            rows.add(new StatTable.Row(r[0], r[1], rowCells));
        }
        return new StatTable(snapshot.id(), year, period, district, street, streetName, tableName, exact,
                new ArrayList<>(columns.values()), rows);
    }

    /** The exact counts of the same rows and columns, totals summed (a population figure not reported is "-"). */
    private static Map<String, StatTable.Cell> exactCells(Connection db, Snapshot snapshot, String tableName,
                                                          String period, List<String> rowKeys, List<String> columnKeys)
            throws SQLException {
        Map<String, Long> values = new HashMap<>();
        Map<String, Boolean> reported = new HashMap<>();
        List<String> communities = rowKeys.stream().filter(k -> !k.equals("TOTAL")).toList();
        List<String> categories = columnKeys.stream().filter(k -> !k.equals("TOTAL")).toList();
        String list = String.join(",", communities.stream().map(c -> "?").toList());
        if (!communities.isEmpty()) {
            if (DIMENSIONS.containsKey(tableName)) {
                try (PreparedStatement st = db.prepareStatement("SELECT community_code, category, active FROM "
                        + snapshot.from("floating_active_monthly") + " WHERE period = ? AND dimension = ? "
                        + "AND community_code IN (" + list + ")")) {
                    st.setString(1, period);
                    st.setString(2, DIMENSIONS.get(tableName));
                    for (int i = 0; i < communities.size(); i++) {
                        st.setString(3 + i, communities.get(i));
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            values.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3));
                        }
                    }
                }
            } else {
                try (PreparedStatement st = db.prepareStatement("SELECT community_code, is_reported, disabled_persons, "
                        + "low_income_households, elderly_living_alone FROM " + snapshot.from("population_monthly")
                        + " WHERE period = ? AND community_code IN (" + list + ")")) {
                    st.setString(1, period);
                    for (int i = 0; i < communities.size(); i++) {
                        st.setString(2 + i, communities.get(i));
                    }
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            String code = rs.getString(1);
                            reported.put(code, rs.getBoolean(2));
                            values.put(code + "|disabled_persons", rs.getLong(3));
                            values.put(code + "|low_income_households", rs.getLong(4));
                            values.put(code + "|elderly_living_alone", rs.getLong(5));
                        }
                    }
                }
            }
        }
        boolean population = !DIMENSIONS.containsKey(tableName);
        Map<String, StatTable.Cell> out = new HashMap<>();
        Map<String, Long> columnTotals = new HashMap<>();
        long grand = 0;
        for (String r : communities) {
            long rowTotal = 0;
            boolean notReported = population && !reported.getOrDefault(r, false);
            for (String c : categories) {
                long v = notReported ? 0 : values.getOrDefault(r + "|" + c, 0L);
                rowTotal += v;
                columnTotals.merge(c, v, Long::sum);
                out.put(r + "|" + c, new StatTable.Cell(notReported ? "-" : Long.toString(v), "exact"));
            }
            grand += rowTotal;
            out.put(r + "|TOTAL", new StatTable.Cell(Long.toString(rowTotal), "exact"));
        }
        for (String c : categories) {
            out.put("TOTAL|" + c, new StatTable.Cell(Long.toString(columnTotals.getOrDefault(c, 0L)), "exact"));
        }
        out.put("TOTAL|TOTAL", new StatTable.Cell(Long.toString(grand), "exact"));
        return out;
    }
}
