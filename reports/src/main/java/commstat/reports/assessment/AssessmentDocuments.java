package commstat.reports.assessment;

import commstat.reports.assessment.AssessmentData.Consequence;
import commstat.reports.assessment.AssessmentData.Indicator;
import commstat.reports.assessment.AssessmentData.ReportingCell;
import commstat.reports.assessment.AssessmentData.Score;
import commstat.reports.assessment.AssessmentData.TrendMonth;
import commstat.reports.charts.ChartImages;
import commstat.reports.charts.PointsChart;
import commstat.reports.charts.RankingChart;
import commstat.reports.charts.ReportingHeatmap;
import commstat.reports.charts.TrendChart;
import commstat.reports.pdf.PdfRenderer.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * Turns the marts of one year into the sections of the three documents: the district
 * assessment report, the city summary and the community profile. Numbers are the marts'
 * own, rounded half up only for display (scores as stored, 2 decimals).
 */
final class AssessmentDocuments {

    static final String TEMPLATES = "reports/assessment/";
    private static final int CHART_WIDTH = 700;
    private static final int CHART_HEIGHT = 300;

    private final AssessmentData data;

    AssessmentDocuments(AssessmentData data) {
        this.data = data;
    }

    String districtTitle(String districtCode) {
        return data.districtName(districtCode) + " " + data.year() + " 年度社区考核报告";
    }

    String cityTitle() {
        return data.year() + " 年度社区考核全市汇总";
    }

    String communityTitle(Score s) {
        return s.displayName() + " " + data.year() + " 年度考核档案";
    }

    /** Cover, ranking with its charts, consequences, then one section per community. */
    List<Section> district(String districtCode) {
        List<Score> scores = data.scoresOf(districtCode);
        String title = districtTitle(districtCode);
        List<Section> sections = new ArrayList<>();
        sections.add(cover(title, data.districtName(districtCode) + "（" + districtCode + "）",
                "参加考核社区 " + scores.size() + " 个\n" + ratingCounts(scores), title));
        sections.add(ranking("区内排名", scores, true, title));
        sections.add(consequences(data.consequences().stream()
                .filter(c -> c.districtCode().equals(districtCode)).toList(), title));
        for (Score s : scores) {
            sections.add(community(s, title));
        }
        return sections;
    }

    /** Cover, one row per district, the city-wide ranking, every consequence. */
    List<Section> city() {
        String title = cityTitle();
        List<Section> sections = new ArrayList<>();
        sections.add(cover(title, "全市 " + districts().size() + " 个区",
                "参加考核社区 " + data.scores().size() + " 个\n" + ratingCounts(data.scores()), title));
        sections.add(districtTable(title));
        List<Score> byCityRank = data.scores().stream()
                .sorted(java.util.Comparator.comparingInt(Score::cityRank).thenComparing(Score::communityCode)).toList();
        sections.add(ranking("全市排名", byCityRank, false, title));
        sections.add(consequences(data.consequences(), title));
        return sections;
    }

    List<Section> profile(Score s) {
        return List.of(community(s, communityTitle(s)));
    }

    List<String> districts() {
        return data.scores().stream().map(Score::districtCode).distinct().sorted().toList();
    }

    private Section cover(String title, String subtitle, String details, String footer) {
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", title);
        p.put("SUBTITLE", subtitle);
        p.put("DETAILS", details + "\n\n运行日期与数据快照见每页页脚。");
        p.put("FOOTER_TITLE", footer);
        return Section.of(TEMPLATES + "cover.jrxml", p);
    }

    private Section ranking(String heading, List<Score> scores, boolean district, String footer) {
        List<Map<String, ?>> rows = new ArrayList<>();
        List<RankingChart.Bar> bars = new ArrayList<>();
        for (Score s : scores) {
            Integer lo = district ? s.p05DistrictRank() : s.p05CityRank();
            Integer hi = district ? s.p95DistrictRank() : s.p95CityRank();
            int rank = district ? s.districtRank() : s.cityRank();
            Map<String, Object> row = new HashMap<>();
            row.put("rank", rank);
            row.put("community_name", s.displayName());
            row.put("community_code", s.communityCode());
            row.put("score", s.score().toPlainString());
            row.put("rating", AssessmentLabels.rating(s.rating()));
            row.put("interval", lo == null ? "—" : lo + "–" + hi);
            row.put("p_below_pass", s.pBelowPass() == null ? "—"
                    : s.pBelowPass().movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
            row.put("uncertainty", AssessmentLabels.uncertainty(s.uncertaintyClass()));
            rows.add(row);
            if (lo != null) {
                bars.add(new RankingChart.Bar(s.displayName(), rank, lo, hi));
            }
        }
        Map<String, Object> p = new HashMap<>();
        p.put("SECTION_TITLE", heading);
        p.put("NOTE", "名次区间：权重随机扰动下名次的 5%–95% 分位；不合格概率：得分低于 60 分的模拟比例。");
        p.put("FOOTER_TITLE", footer);
        p.put("RANKING_CHART", district && !bars.isEmpty()
                ? png(RankingChart.build(heading + "与名次区间", bars, CHART_WIDTH, CHART_HEIGHT)) : null);
        p.put("HEATMAP_CHART", district ? heatmap(scores) : null);
        return new Section(TEMPLATES + "ranking.jrxml", p, rows);
    }

    private Renderable heatmap(List<Score> scores) {
        Map<String, String> names = scores.stream().collect(Collectors.toMap(Score::communityCode, Score::displayName));
        List<ReportingHeatmap.Cell> cells = new ArrayList<>();
        for (Score s : scores) {
            for (ReportingCell c : data.reportingOf(s.communityCode())) {
                cells.add(new ReportingHeatmap.Cell(names.get(c.communityCode()), c.period(), status(c.status())));
            }
        }
        if (cells.isEmpty()) {
            return null;
        }
        cells.sort(java.util.Comparator.comparing(ReportingHeatmap.Cell::period)); // months left to right
        return png(ReportingHeatmap.build("报送情况（绿：按时 黄：逾期 红：缺报 灰：未到期）", cells, CHART_WIDTH, 380));
    }

    private static ReportingHeatmap.Status status(String code) {
        return switch (code) {
            case "missing" -> ReportingHeatmap.Status.MISSING;
            case "late" -> ReportingHeatmap.Status.LATE;
            case "on_time" -> ReportingHeatmap.Status.ON_TIME;
            default -> ReportingHeatmap.Status.NOT_DUE;
        };
    }

    private Section consequences(List<Consequence> consequences, String footer) {
        Map<String, String> names = data.scores().stream()
                .collect(Collectors.toMap(Score::communityCode, Score::displayName));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (Consequence c : consequences) {
            Map<String, Object> row = new HashMap<>();
            row.put("community_name", names.getOrDefault(c.communityCode(), c.communityCode()));
            row.put("community_code", c.communityCode());
            row.put("rating", AssessmentLabels.rating(c.rating()));
            row.put("score", c.score() == null ? "" : c.score().toPlainString());
            row.put("funds_change", percent(c.fundsChangePct()));
            row.put("staff_pay_change", percent(c.staffPayChangePct()));
            row.put("commendation", c.commendation() ? "表彰" : "");
            row.put("review", c.needsReview() ? "需复核" : "");
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("SECTION_TITLE", "考核结果的应用（" + (data.year() + 1) + " 年度）");
        p.put("FOOTER_TITLE", footer);
        return new Section(TEMPLATES + "consequences.jrxml", p, rows);
    }

    private Section districtTable(String footer) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (String d : districts()) {
            List<Score> scores = data.scoresOf(d);
            BigDecimal sum = scores.stream().map(Score::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            Map<String, Long> ratings = scores.stream().collect(Collectors.groupingBy(Score::rating, Collectors.counting()));
            Map<String, Object> row = new HashMap<>();
            row.put("district_name", data.districtName(d));
            row.put("district_code", d);
            row.put("communities", scores.size());
            row.put("average", sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP).toPlainString());
            row.put("excellent", ratings.getOrDefault("EXCELLENT", 0L).intValue());
            row.put("good", ratings.getOrDefault("GOOD", 0L).intValue());
            row.put("pass", ratings.getOrDefault("PASS", 0L).intValue());
            row.put("fail", ratings.getOrDefault("FAIL", 0L).intValue());
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("SECTION_TITLE", "各区考核概况");
        p.put("NOTE", "平均分为各社区得分（保留两位小数）的算术平均，四舍五入到两位小数。");
        p.put("FOOTER_TITLE", footer);
        return new Section(TEMPLATES + "districts.jrxml", p, rows);
    }

    private Section community(Score s, String footer) {
        List<Indicator> indicators = data.indicatorsOf(s.communityCode());
        List<Map<String, ?>> rows = new ArrayList<>();
        List<PointsChart.Indicator> points = new ArrayList<>();
        for (Indicator i : indicators) {
            Map<String, Object> row = new HashMap<>();
            row.put("indicator", AssessmentLabels.indicator(i.indicator()));
            row.put("weight", plain(i.weight(), 4));
            row.put("raw", i.missing() ? "缺失" : plain(i.raw(), 4));
            row.put("normalised", plain(i.normalised(), 2));
            row.put("contribution", plain(i.contribution(), 2));
            row.put("points_lost", plain(i.pointsLost(), 2));
            row.put("explanation", i.explanation());
            rows.add(row);
            if (i.contribution() != null && i.pointsLost() != null) {
                points.add(new PointsChart.Indicator(AssessmentLabels.indicator(i.indicator()), i.contribution(), i.pointsLost()));
            }
        }
        List<TrendMonth> trend = data.trendsOf(s.communityCode());
        Map<String, Object> p = new HashMap<>();
        p.put("SECTION_TITLE", s.displayName() + "（" + s.communityCode() + "）");
        p.put("HEADLINE", "得分 " + s.score().toPlainString() + " · 等级 " + AssessmentLabels.rating(s.rating()));
        p.put("DETAILS", details(s));
        p.put("FOOTER_TITLE", footer);
        p.put("POINTS_CHART", points.isEmpty() ? null
                : png(PointsChart.build("得分去向：各指标得分与失分", points, CHART_WIDTH, CHART_HEIGHT)));
        p.put("TREND_CHART", trend.isEmpty() ? null : png(TrendChart.build("月度趋势", trend.stream()
                .map(t -> new TrendChart.Month(t.period(), t.residentPopulation(), t.registeredUnemployed(), t.activeFloating()))
                .toList(), CHART_WIDTH, CHART_HEIGHT)));
        return new Section(TEMPLATES + "community.jrxml", p, rows);
    }

    private String details(Score s) {
        StringBuilder b = new StringBuilder();
        b.append(data.districtName(s.districtCode())).append(" · 街道 ").append(s.streetCode())
                .append(" · 区内第 ").append(s.districtRank()).append(" 名");
        if (s.p05DistrictRank() != null) {
            b.append("（区间 ").append(s.p05DistrictRank()).append("–").append(s.p95DistrictRank()).append("）");
        }
        b.append(" · 全市第 ").append(s.cityRank()).append(" 名");
        if (s.p05CityRank() != null) {
            b.append("（区间 ").append(s.p05CityRank()).append("–").append(s.p95CityRank()).append("）");
        }
        b.append(" · 缺失指标 ").append(s.missingIndicators()).append(" 项 · ")
                .append(AssessmentLabels.uncertainty(s.uncertaintyClass()));
        if (s.fullyEmployed()) {
            b.append(" · 充分就业社区");
        }
        Map<String, Long> months = new TreeMap<>(data.reportingOf(s.communityCode()).stream()
                .collect(Collectors.groupingBy(ReportingCell::status, Collectors.counting())));
        if (!months.isEmpty()) {
            b.append("\n报送（按月，取各数据集最差）：按时 ").append(months.getOrDefault("on_time", 0L))
                    .append(" · 逾期 ").append(months.getOrDefault("late", 0L))
                    .append(" · 缺报 ").append(months.getOrDefault("missing", 0L)).append(" 个月");
        }
        return b.toString();
    }

    private static String ratingCounts(List<Score> scores) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String r : List.of("EXCELLENT", "GOOD", "PASS", "FAIL")) {
            counts.put(r, scores.stream().filter(s -> s.rating().equals(r)).count());
        }
        return counts.entrySet().stream().map(e -> AssessmentLabels.rating(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private static String percent(int pct) {
        return pct == 0 ? "" : (pct > 0 ? "+" : "") + pct + "%";
    }

    /** Half up to at most {@code scale} places, trailing zeros kept to {@code scale} for 2, stripped otherwise. */
    static String plain(BigDecimal value, int scale) {
        if (value == null) {
            return "";
        }
        BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
        return scale == 2 ? rounded.toPlainString() : rounded.stripTrailingZeros().toPlainString();
    }

    private static Renderable png(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
        return SimpleDataRenderer.getInstance(ChartImages.png(chart));
    }
}
