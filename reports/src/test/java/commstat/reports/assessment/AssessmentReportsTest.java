package commstat.reports.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import commstat.reports.pdf.PdfTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentReportsTest {

    private static final LocalDate RUN_DATE = LocalDate.of(2026, 1, 20);
    private static final String SNAPSHOT_ID = "20260120-01";
    /** The first street of the sample (宁康街道, 4 communities): enough for the tests that render twice. */
    private static final String ONE_STREET = "220102001";

    @TempDir
    static Path tmp;
    static Path snapshot;
    static AssessmentReports.Result first;

    @BeforeAll
    static void renderOnce() throws Exception {
        snapshot = AssessmentMartsFixture.write(tmp.resolve("snapshot"));
        first = AssessmentReports.render(snapshot, AssessmentMartsFixture.YEAR, RUN_DATE, SNAPSHOT_ID);
    }

    /** Rows of a query over the fixture's Parquet, read independently of the code under test. */
    private static List<List<String>> query(String sql) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery(sql.replace("{s}", snapshot.toString()))) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Path out() {
        return snapshot.resolve("reports/assessment/2025");
    }

    @Test
    void everyDistrictCommunityAndTheCityGetOneDocument() throws Exception {
        List<String> districts = query("SELECT DISTINCT district_code FROM '{s}/assessment_scores/*.parquet' ORDER BY 1")
                .stream().map(r -> "district/" + r.get(0) + ".pdf").toList();
        int communities = query("SELECT count(*) FROM '{s}/assessment_scores/*.parquet'").get(0).get(0).transform(Integer::parseInt);

        assertThat(first.rendered()).contains("city.pdf").containsAll(districts)
                .hasSize(1 + districts.size() + communities);
        assertThat(first.skipped()).isEmpty();
        assertThat(out().resolve(AssessmentReports.INDEX)).isRegularFile();
        try (Stream<Path> pdfs = Files.walk(out())) {
            assertThat(pdfs.filter(p -> p.toString().endsWith(".pdf")).count()).isEqualTo(first.rendered().size());
        }
    }

    @Test
    void theDistrictReportListsEveryCommunityWithTheMartsScoreRatingAndInterval() throws Exception {
        String district = query("SELECT min(district_code) FROM '{s}/assessment_scores/*.parquet'").get(0).get(0);
        String text = PdfTools.text(out().resolve("district/" + district + ".pdf"));
        List<List<String>> rows = query("SELECT s.community_name, s.community_code, CAST(s.score AS VARCHAR), s.district_rank,"
                + " u.p05_district_rank || '–' || u.p95_district_rank FROM '{s}/assessment_scores/*.parquet' s"
                + " JOIN '{s}/assessment_uncertainty/*.parquet' u USING (community_code) WHERE s.district_code = '"
                + district + "' ORDER BY s.district_rank, s.community_code");
        String districtName = query("SELECT min(district_name) FROM '{s}/ref_communities/*.parquet' WHERE district_code = '"
                + district + "'").get(0).get(0);

        assertThat(rows).isNotEmpty();
        assertThat(text).contains(districtName + " 2025 年度社区考核报告", "区内排名", "考核结果的应用（2026 年度）");
        for (List<String> r : rows) {
            assertThat(text).contains(r.get(0)).contains(r.get(1));
            // the ranking line: rank, name, code, score, …, interval, in this order on one line
            assertThat(text).containsPattern(r.get(3) + "\\s+" + r.get(0) + "\\s+" + r.get(1) + "\\s+" + r.get(2)
                    .replace(".", "\\.") + "\\s+\\S+\\s+" + r.get(4));
        }
        // one page per community after the cover, ranking and consequences
        assertThat(text.split("得分去向|月度趋势|指标\\s+权重").length).isGreaterThan(rows.size());
    }

    @Test
    void theCommunityProfileShowsEachIndicatorAsTheMartHasIt() throws Exception {
        List<String> community = query("SELECT community_code, community_name, CAST(score AS VARCHAR) FROM"
                + " '{s}/assessment_scores/*.parquet' ORDER BY community_code LIMIT 1").get(0);
        String text = PdfTools.text(out().resolve("community/" + community.get(0) + ".pdf"));
        List<List<String>> indicators = query("SELECT printf('%.2f', round(contribution, 2)), printf('%.2f', round(points_lost, 2)),"
                + " explanation FROM '{s}/assessment_indicators/*.parquet' WHERE community_code = '" + community.get(0) + "'");

        assertThat(text).contains(community.get(1) + "（" + community.get(0) + "）", "得分 " + community.get(2),
                "报送完整率", "报送及时率", "居民满意度");
        assertThat(indicators).hasSize(10);
        for (List<String> i : indicators) {
            assertThat(text).containsPattern(i.get(0).replace(".", "\\.") + "\\s+" + i.get(1).replace(".", "\\.") + "\\s+"
                    + i.get(2).replace(".", "\\."));
        }
        assertThat(text).contains("运行日期 2026-01-20", "快照 20260120-01").containsPattern("第\\s*1\\s*页");
    }

    @Test
    void theCitySummaryHasOneRowPerDistrictWithItsCountsAndAverage() throws Exception {
        String text = PdfTools.text(out().resolve("city.pdf"));
        List<List<String>> districts = query("SELECT r.district_name, s.district_code, count(*),"
                + " printf('%.2f', round(avg(s.score), 2)), count(*) FILTER (rating = 'FAIL')"
                + " FROM '{s}/assessment_scores/*.parquet' s JOIN (SELECT DISTINCT district_code, district_name FROM"
                + " '{s}/ref_communities/*.parquet') r USING (district_code) GROUP BY ALL ORDER BY 2");

        assertThat(text).contains("2025 年度社区考核全市汇总", "各区考核概况", "全市排名");
        for (List<String> d : districts) {
            assertThat(text).containsPattern(d.get(0) + "\\s+" + d.get(1) + "\\s+" + d.get(2) + "\\s+"
                    + d.get(3).replace(".", "\\.") + "\\s+\\d+\\s+\\d+\\s+\\d+\\s+" + d.get(4));
        }
    }

    @Test
    void pagesAreNumberedThroughTheWholeDistrictReport() throws Exception {
        String district = query("SELECT min(district_code) FROM '{s}/assessment_scores/*.parquet'").get(0).get(0);
        byte[] pdf = Files.readAllBytes(out().resolve("district/" + district + ".pdf"));
        int pages = Integer.parseInt(PdfTools.info(pdf).lines().filter(l -> l.startsWith("Pages:"))
                .findFirst().orElseThrow().replaceAll("\\D", ""));
        String[] pageTexts = PdfTools.text(pdf).split("\f");

        assertThat(pages).isGreaterThan(3);
        for (int p = 1; p <= pages; p++) {
            assertThat(pageTexts[p - 1]).as("page %d", p).containsPattern("第\\s*" + p + "\\s*页").contains("快照 " + SNAPSHOT_ID);
        }
    }

    @Test
    void aSecondRunRendersNothingAndAChangedScoreRendersOnlyWhatShowsIt() throws Exception {
        Path copy = AssessmentMartsFixture.write(tmp.resolve("changed"), ONE_STREET);
        AssessmentReports.Result before = AssessmentReports.render(copy, 2025, RUN_DATE, SNAPSHOT_ID);
        AssessmentReports.Result again = AssessmentReports.render(copy, 2025, RUN_DATE.plusDays(1), "20260121-01");
        String code = query("SELECT min(community_code) FROM '{s}/assessment_scores/*.parquet' WHERE community_code LIKE '"
                + ONE_STREET + "%'").get(0).get(0);
        String district = code.substring(0, 6);
        AssessmentMartsFixture.changeScore(copy, code, "99.99");
        AssessmentReports.Result after = AssessmentReports.render(copy, 2025, RUN_DATE, SNAPSHOT_ID);

        assertThat(again.rendered()).isEmpty();
        assertThat(again.skipped()).hasSameSizeAs(before.rendered());
        assertThat(after.rendered()).containsExactly("city.pdf", "community/" + code + ".pdf", "district/" + district + ".pdf");
        assertThat(PdfTools.text(copy.resolve("reports/assessment/2025/community/" + code + ".pdf"))).contains("得分 99.99");
    }

    @Test
    void aNewSnapshotTakesUnchangedDocumentsFromThePreviousOneAndRendersTheRest() throws Exception {
        Path yesterday = AssessmentMartsFixture.write(tmp.resolve("snapshots/a"), ONE_STREET);
        AssessmentReports.render(yesterday, 2025, RUN_DATE, "a");
        Path today = AssessmentMartsFixture.write(tmp.resolve("snapshots/b"), ONE_STREET);
        String code = ONE_STREET + "003";
        AssessmentMartsFixture.changeScore(today, code, "77.77");

        AssessmentReports.Result result = AssessmentReports.render(today, 2025, RUN_DATE.plusDays(1), "b", yesterday);

        assertThat(result.rendered()).containsExactly("city.pdf", "community/" + code + ".pdf", "district/220102.pdf");
        assertThat(result.skipped()).hasSizeGreaterThan(3).allSatisfy(name -> assertThat(
                Files.readAllBytes(AssessmentReports.outputDir(today, 2025).resolve(name)))
                .isEqualTo(Files.readAllBytes(AssessmentReports.outputDir(yesterday, 2025).resolve(name))));
        assertThat(PdfTools.text(AssessmentReports.outputDir(today, 2025).resolve("community/" + code + ".pdf")))
                .contains("得分 77.77", "快照 b");
    }

    @Test
    void twoRendersOfTheSameSnapshotAreByteIdentical() throws Exception {
        Path small = AssessmentMartsFixture.write(tmp.resolve("twice"), ONE_STREET);
        AssessmentReports.render(small, 2025, RUN_DATE, SNAPSHOT_ID, tmp.resolve("twice-a"), 2);
        AssessmentReports.render(small, 2025, RUN_DATE, SNAPSHOT_ID, tmp.resolve("twice-b"), 1);
        Map<String, byte[]> a = files(tmp.resolve("twice-a"));
        Map<String, byte[]> b = files(tmp.resolve("twice-b"));

        assertThat(b.keySet()).isEqualTo(a.keySet()).hasSizeGreaterThan(3);
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aSnapshotWithoutScoresIsRefusedWithItsPath() {
        Path empty = tmp.resolve("empty");
        assertThatThrownBy(() -> AssessmentReports.render(empty, 2025, RUN_DATE, SNAPSHOT_ID))
                .hasMessage("no assessment_scores in " + empty + ": run `commstat assess` first");
        assertThatThrownBy(() -> AssessmentReports.render(snapshot, 2019, RUN_DATE, SNAPSHOT_ID))
                .hasMessage("assessment_scores in " + snapshot + " has no rows for year 2019");
    }

    private static Map<String, byte[]> files(Path dir) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).sorted().toList()) {
                files.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return files;
    }
}
