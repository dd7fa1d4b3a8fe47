package commstat.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a small warehouse as real Parquet, with DuckDB itself, in the column names and types of
 * {@code docs/DATA.md}. The numbers the tests expect are spelled out here, next to the rows that make them.
 *
 * <pre>
 * files 8: ingested 3, rejected 3, duplicate_ignored 1, conflict 1
 * rows read 20 = accepted 11 + rejected 9
 * rejects by code: MISSING_COLUMN 4, INVALID_ID_NUMBER 2, BAD_VALUE 1, DATE_OUTSIDE_PERIOD 1, ID_MISMATCH 1
 * rejects by community: 371902001002 和平里社区 6 rows in 2 files, 371902001001 长春路社区 3 rows in 1 file
 * 371902002001 幸福村社区 is known and has no rejects
 * </pre>
 */
final class WarehouseFixture {
    static final String CHANGCHUN = "371902001001";
    static final String HEPING = "371902001002";
    static final String XINGFU = "371902002001";

    private WarehouseFixture() {
    }

    /** The full warehouse: the three tables the server reads, and {@code ingest_run.json}. */
    static Path write(Path dir) throws IOException, SQLException {
        writeIngest(dir);
        // The assessment, funds and statistics marts and run records too, so that every route of the table
        // (AccessMatrixTest) answers from data.
        MartsFixture.writeTables(dir, false);
        MartsFixture.runs(dir);
        return dir;
    }

    /** Only the ingest tables and {@code ingest_run.json}. */
    static Path writeIngest(Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
            st.execute("""
                    CREATE TABLE ref_communities (community_code VARCHAR, community_name VARCHAR,
                      street_code VARCHAR, street_name VARCHAR, district_code VARCHAR, district_name VARCHAR,
                      established_on DATE, dissolved_on DATE)""");
            st.execute("""
                    INSERT INTO ref_communities VALUES
                      ('371902001001', '长春路社区', '371902001', '长春路街道', '371902', '铁西区', DATE '2001-05-01', NULL),
                      ('371902001002', '和平里社区', '371902001', '长春路街道', '371902', '铁西区', NULL, NULL),
                      ('371902002001', '幸福村社区', '371902002', '胜利街道', '371902', '铁西区', NULL, NULL)""");
            st.execute("""
                    CREATE TABLE ingest_files (file_name VARCHAR, community_code VARCHAR, dataset VARCHAR,
                      period VARCHAR, submitted_at TIMESTAMP, outcome VARCHAR, reason VARCHAR, message VARCHAR,
                      encoding VARCHAR, rows_read INTEGER, rows_accepted INTEGER, rows_rejected INTEGER,
                      is_effective BOOLEAN, is_superseded BOOLEAN, warnings VARCHAR[])""");
            st.execute("""
                    INSERT INTO ingest_files VALUES
                      ('371902001001_population_2025-01_20250205T090000.csv', '371902001001', 'population', '2025-01',
                       TIMESTAMP '2025-02-05 09:00:00', 'ingested', NULL, NULL, 'utf-8', 1, 1, 0, true, false, []),
                      ('371902001001_employment_2025-01_20250205T100000.csv', '371902001001', 'employment', '2025-01',
                       TIMESTAMP '2025-02-05 10:00:00', 'ingested', NULL, NULL, 'gb18030', 10, 7, 3, true, false, []),
                      ('371902001001_employment_2025-01_20250206T100000.csv', '371902001001', 'employment', '2025-01',
                       TIMESTAMP '2025-02-06 10:00:00', 'duplicate_ignored', NULL,
                       'same content as 371902001001_employment_2025-01_20250205T100000.csv', 'utf-8', 0, 0, 0,
                       false, false, []),
                      ('371902001002_funds_2025-01_20250206T110000.xlsx', '371902001002', 'funds', '2025-01',
                       TIMESTAMP '2025-02-06 11:00:00', 'rejected', 'MISSING_COLUMN', 'required column amount (金额) is missing',
                       'xlsx', 4, 0, 4, false, false, []),
                      ('371902001002_floating_2025-01_20250206T120000.json', '371902001002', 'floating', '2025-01',
                       TIMESTAMP '2025-02-06 12:00:00', 'ingested', NULL, NULL, 'utf-8', 5, 3, 2, true, false,
                       ['unknown column ''备注'' ignored']),
                      ('371902002001_population_2025-01_20250207T080000.csv', '371902002001', 'population', '2025-01',
                       TIMESTAMP '2025-02-07 08:00:00', 'conflict', 'CONFLICTING_SUBMISSION',
                       'another file with the same submitted_at has different content', 'utf-8', 0, 0, 0, false, false, []),
                      ('371902999999_population_2025-01_20250207T090000.csv', '371902999999', 'population', '2025-01',
                       TIMESTAMP '2025-02-07 09:00:00', 'rejected', 'UNKNOWN_COMMUNITY',
                       'community 371902999999 is not in communities.csv <script>alert(1)</script>', NULL, 0, 0, 0,
                       false, false, []),
                      ('人口报表.csv', NULL, NULL, NULL, NULL, 'rejected', 'BAD_FILE_NAME',
                       'the name does not match <community>_<dataset>_<yyyy-MM>_<yyyyMMddTHHmmss>.<ext>', NULL, 0, 0, 0,
                       false, false, [])""");
            st.execute("""
                    CREATE TABLE ingest_rejects (file_name VARCHAR, community_code VARCHAR, dataset VARCHAR,
                      period VARCHAR, line INTEGER, column_name VARCHAR, code VARCHAR, faults VARCHAR[], message VARCHAR)""");
            st.execute("""
                    INSERT INTO ingest_rejects VALUES
                      ('371902001001_employment_2025-01_20250205T100000.csv', '371902001001', 'employment', '2025-01', 3,
                       'id_number', 'INVALID_ID_NUMBER', ['id_number:INVALID_ID_NUMBER'], 'ID 371902**********82 fails the check digit'),
                      ('371902001001_employment_2025-01_20250205T100000.csv', '371902001001', 'employment', '2025-01', 5,
                       'id_number', 'INVALID_ID_NUMBER', ['id_number:INVALID_ID_NUMBER', 'event_date:BAD_VALUE'],
                       'ID 3.71902E+17 arrived as an Excel number'),
                      ('371902001001_employment_2025-01_20250205T100000.csv', '371902001001', 'employment', '2025-01', 8,
                       'event_date', 'DATE_OUTSIDE_PERIOD', ['event_date:DATE_OUTSIDE_PERIOD'], 'event_date 2025-02-03 is outside 2025-01'),
                      ('371902001002_funds_2025-01_20250206T110000.xlsx', '371902001002', 'funds', '2025-01', 2,
                       'amount', 'MISSING_COLUMN', ['amount:MISSING_COLUMN'], 'required column amount (金额) is missing'),
                      ('371902001002_funds_2025-01_20250206T110000.xlsx', '371902001002', 'funds', '2025-01', 3,
                       'amount', 'MISSING_COLUMN', ['amount:MISSING_COLUMN'], 'required column amount (金额) is missing'),
                      ('371902001002_funds_2025-01_20250206T110000.xlsx', '371902001002', 'funds', '2025-01', 4,
                       'amount', 'MISSING_COLUMN', ['amount:MISSING_COLUMN'], 'required column amount (金额) is missing'),
                      ('371902001002_funds_2025-01_20250206T110000.xlsx', '371902001002', 'funds', '2025-01', 5,
                       'amount', 'MISSING_COLUMN', ['amount:MISSING_COLUMN'], 'required column amount (金额) is missing'),
                      ('371902001002_floating_2025-01_20250206T120000.json', '371902001002', 'floating', '2025-01', 2,
                       'gender', 'ID_MISMATCH', ['gender:ID_MISMATCH'], 'gender 女 disagrees with the ID'),
                      ('371902001002_floating_2025-01_20250206T120000.json', '371902001002', 'floating', '2025-01', 4,
                       'housing_type', 'BAD_VALUE', ['housing_type:BAD_VALUE'], 'housing_type ''宿舍楼'' is not a known code')""");
            copy(st, "ref_communities", dir, "part-00000", "true");
            copy(st, "ingest_files", dir, "part-00000", "true");
            // Two part files, as Spark writes them: the server reads the folder, not one file.
            copy(st, "ingest_rejects", dir, "part-00000", "dataset = 'funds'");
            copy(st, "ingest_rejects", dir, "part-00001", "dataset <> 'funds'");
        }
        Files.writeString(dir.resolve("ingest_run.json"),
                "{\"started_at\": \"2026-03-01T02:00:00\", \"finished_at\": \"2026-03-01T02:00:17\", \"files\": 8}");
        return dir;
    }

    private static void copy(Statement st, String table, Path dir, String part, String where) throws IOException,
            SQLException {
        Path folder = Files.createDirectories(dir.resolve(table));
        String file = folder.resolve(part + ".parquet").toString().replace("'", "''");
        st.execute("COPY (SELECT * FROM " + table + " WHERE " + where + ") TO '" + file + "' (FORMAT parquet)");
    }
}
