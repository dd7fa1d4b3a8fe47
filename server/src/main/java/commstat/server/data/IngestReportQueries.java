package commstat.server.data;

import commstat.ingest.submissions.FileOutcome.Outcome;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The ingest report's queries over the views of {@link Warehouse}, on the caller's connection (one per request).
 * Every value from a request is a bound parameter.
 */
public final class IngestReportQueries {
    private static final String FILE_COLUMNS = "file_name, community_code, dataset, period, "
            + "strftime(submitted_at, '%Y-%m-%dT%H:%M:%S') AS submitted_at, outcome, reason, message, encoding, "
            + "rows_read, rows_accepted, rows_rejected, is_effective, is_superseded, warnings";
    private static final String REJECT_COLUMNS =
            "file_name, community_code, dataset, period, line, column_name, code, faults, message";
    /** Outcomes in the report's order, then any value a later format might add. */
    private static final String OUTCOME_ORDER = "CASE outcome WHEN 'ingested' THEN 1 WHEN 'rejected' THEN 2 "
            + "WHEN 'duplicate_ignored' THEN 3 WHEN 'conflict' THEN 4 ELSE 5 END";

    private final Connection db;

    public IngestReportQueries(Connection db) {
        this.db = requireNonNull(db, "db is null");
    }

    public IngestTotals totals() throws SQLException {
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o.label(), 0L);
        }
        try (PreparedStatement st = db.prepareStatement(
                "SELECT outcome, count(*) FROM ingest_files GROUP BY outcome ORDER BY " + OUTCOME_ORDER + ", outcome");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                byOutcome.put(rs.getString(1), rs.getLong(2));
            }
        }
        try (PreparedStatement st = db.prepareStatement("SELECT count(*), coalesce(sum(rows_read), 0), "
                + "coalesce(sum(rows_accepted), 0), coalesce(sum(rows_rejected), 0) FROM ingest_files");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return new IngestTotals(rs.getLong(1), byOutcome, rs.getLong(2), rs.getLong(3), rs.getLong(4));
        }
    }

    public List<OutcomeReasonCount> filesByOutcomeAndReason() throws SQLException {
        List<OutcomeReasonCount> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT outcome, reason, count(*), coalesce(sum(rows_read), 0) "
                + "FROM ingest_files GROUP BY outcome, reason "
                + "ORDER BY " + OUTCOME_ORDER + ", outcome, count(*) DESC, reason NULLS FIRST");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new OutcomeReasonCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    public List<CodeCount> rejectsByCode() throws SQLException {
        List<CodeCount> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(
                "SELECT code, count(*) FROM ingest_rejects GROUP BY code ORDER BY count(*) DESC, code");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new CodeCount(rs.getString(1), rs.getLong(2)));
            }
        }
        return out;
    }

    /** Communities with rejected rows, most rows first; names from {@code ref_communities} where listed there. */
    public List<CommunityRejectCount> rejectsByCommunity() throws SQLException {
        List<CommunityRejectCount> out = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT r.community_code, c.community_name, c.street_code, "
                + "c.street_name, c.district_code, c.district_name, r.rows_rejected, r.files "
                + "FROM (SELECT community_code, count(*) AS rows_rejected, count(DISTINCT file_name) AS files "
                + "      FROM ingest_rejects GROUP BY community_code) r "
                + "LEFT JOIN ref_communities c ON c.community_code = r.community_code "
                + "ORDER BY r.rows_rejected DESC, r.community_code");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(new CommunityRejectCount(community(rs), rs.getLong(7), rs.getLong(8)));
            }
        }
        return out;
    }

    /** Files whose outcome is not {@code ingested}, by name. */
    public Page<FileRow> filesNotIngested(int limit) throws SQLException {
        return filesWhere("outcome <> 'ingested'", List.of(), 0, limit);
    }

    /** Files, all or with one outcome, by name. */
    public Page<FileRow> files(Optional<Outcome> outcome, int offset, int limit) throws SQLException {
        return outcome.isPresent()
                ? filesWhere("outcome = ?", List.of(outcome.get().label()), offset, limit)
                : filesWhere("true", List.of(), offset, limit);
    }

    /** Rejected rows, filtered by community and/or code, by file and line. */
    public Page<RejectRow> rejects(Optional<String> communityCode, Optional<String> code, int offset, int limit)
            throws SQLException {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        communityCode.ifPresent(c -> {
            where.add("community_code = ?");
            params.add(c);
        });
        code.ifPresent(c -> {
            where.add("code = ?");
            params.add(c);
        });
        String condition = where.isEmpty() ? "true" : String.join(" AND ", where);
        long total = count("ingest_rejects", condition, params);
        List<RejectRow> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT " + REJECT_COLUMNS + " FROM ingest_rejects WHERE "
                + condition + " ORDER BY file_name, line, code LIMIT ? OFFSET ?")) {
            int i = bind(st, params);
            st.setInt(i++, limit);
            st.setInt(i, offset);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new RejectRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), strings(rs.getArray(8)), rs.getString(9)));
                }
            }
        }
        return new Page<>(total, offset, limit, rows);
    }

    /**
     * The community with this code: from {@code ref_communities}, or without names when only the rejects
     * know it; empty when neither does.
     */
    public Optional<Community> community(String communityCode) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT community_code, community_name, street_code, "
                + "street_name, district_code, district_name FROM ref_communities WHERE community_code = ? LIMIT 1")) {
            st.setString(1, communityCode);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(community(rs));
                }
            }
        }
        return count("ingest_rejects", "community_code = ?", List.of(communityCode)) > 0
                ? Optional.of(Community.unlisted(communityCode))
                : Optional.empty();
    }

    private Page<FileRow> filesWhere(String condition, List<Object> params, int offset, int limit)
            throws SQLException {
        long total = count("ingest_files", condition, params);
        List<FileRow> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT " + FILE_COLUMNS + " FROM ingest_files WHERE "
                + condition + " ORDER BY file_name LIMIT ? OFFSET ?")) {
            int i = bind(st, params);
            st.setInt(i++, limit);
            st.setInt(i, offset);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new FileRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getBoolean(13), rs.getBoolean(14),
                            strings(rs.getArray(15))));
                }
            }
        }
        return new Page<>(total, offset, limit, rows);
    }

    /** {@code condition} is one of this class's fixed fragments; its values come in {@code params}. */
    private long count(String table, String condition, List<Object> params) throws SQLException {
        try (PreparedStatement st = db.prepareStatement("SELECT count(*) FROM " + table + " WHERE " + condition)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Binds the values from index 1; returns the next free index. */
    private static int bind(PreparedStatement st, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            st.setObject(i++, p);
        }
        return i;
    }

    private static Community community(ResultSet rs) throws SQLException {
        return new Community(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }
}
