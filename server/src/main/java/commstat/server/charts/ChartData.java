package commstat.server.charts;

import commstat.reports.charts.FundFlowChart;
import commstat.reports.charts.ReportingHeatmap;
import commstat.server.marts.Snapshot;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** The chart inputs the other readers do not already give: the reporting grid and the fund flow by item. */
public final class ChartData {
    private final Connection db;
    private final Snapshot snapshot;

    public ChartData(Connection db, Snapshot snapshot) {
        this.db = requireNonNull(db, "db is null");
        this.snapshot = requireNonNull(snapshot, "snapshot is null");
    }

    /**
     * The district's communities × months of the year, each cell the worst status over the datasets (missing,
     * late, on time, not yet due; a month the community did not exist counts as not due), communities by code.
     */
    public List<ReportingHeatmap.Cell> heatmap(int year, String districtCode) throws SQLException {
        List<ReportingHeatmap.Cell> out = new ArrayList<>();
        if (!snapshot.has("reporting_grid")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT g.community_code, coalesce(r.community_name, "
                + "g.community_code), g.period, max(CASE g.status WHEN 'missing' THEN 3 WHEN 'late' THEN 2 "
                + "WHEN 'on_time' THEN 1 ELSE 0 END) FROM " + snapshot.from("reporting_grid") + " g LEFT JOIN "
                + "(SELECT community_code, min(community_name) AS community_name FROM "
                + snapshot.from("ref_communities") + " GROUP BY community_code) r USING (community_code) "
                + "WHERE g.year = ? AND g.district_code = ? GROUP BY ALL ORDER BY g.community_code, g.period")) {
            st.setInt(1, year);
            st.setString(2, districtCode);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReportingHeatmap.Cell(rs.getString(2), rs.getString(3),
                            ReportingHeatmap.Status.values()[rs.getInt(4)]));
                }
            }
        }
        return out;
    }

    /**
     * A community's accepted transactions of effective submissions in the year, summed by month, direction and
     * item ({@code 收入 ITEM} / {@code 支出 ITEM}); spending negative so the stack shows the flow.
     */
    public List<FundFlowChart.Amount> fundFlow(int year, String communityCode) throws SQLException {
        List<FundFlowChart.Amount> out = new ArrayList<>();
        if (!snapshot.has("stg_funds")) {
            return out;
        }
        try (PreparedStatement st = db.prepareStatement("SELECT strftime(txn_date, '%Y-%m') AS month, "
                + "CASE direction WHEN 'IN' THEN '收入 ' ELSE '支出 ' END || item AS label, "
                + "sum(CASE direction WHEN 'IN' THEN amount_cny ELSE -amount_cny END) FROM "
                + snapshot.from("stg_funds") + " WHERE is_effective AND community_code = ? "
                + "AND year(txn_date) = ? GROUP BY ALL ORDER BY month, label")) {
            st.setString(1, communityCode);
            st.setInt(2, year);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new FundFlowChart.Amount(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)));
                }
            }
        }
        return out;
    }
}
