package commstat.server.charts;

import commstat.reports.assessment.AssessmentLabels;
import commstat.reports.charts.ChartImages;
import commstat.reports.charts.FundFlowChart;
import commstat.reports.charts.PointsChart;
import commstat.reports.charts.RankingChart;
import commstat.reports.charts.ReportingHeatmap;
import commstat.reports.charts.TrendChart;
import commstat.server.api.ApiException;
import commstat.server.assessment.AssessmentQueries;
import commstat.server.assessment.AssessmentReader;
import commstat.server.assessment.CommunityAssessment;
import commstat.server.assessment.Rankings;
import commstat.server.dashboard.DashboardQueries;
import commstat.server.dashboard.MonthlyReporting;
import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.marts.Scope;
import commstat.server.marts.Snapshot;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;
import org.knowm.xchart.internal.chartpart.Chart;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.COMMITTEE;
import static commstat.server.web.Role.DISTRICT;

/**
 * The dashboards' charts (XChart through {@code commstat.reports.charts}), each as SVG (pages) and PNG, built once
 * per snapshot, URL and scope ({@link Req#cached}), so a dashboard costs almost nothing after its first view. A
 * chart without data is a small SVG or PNG saying so, never a broken image.
 */
public final class ChartsApi implements Feature {
    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    private static final String SVG = "image/svg+xml";
    private static final String PNG = "image/png";

    /** Builds a chart from the request's connection and snapshot; null when there is nothing to draw. */
    @FunctionalInterface
    private interface ChartBuilder {
        Chart<?, ?> build(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year) throws Exception;
    }

    @Override
    public List<Route> routes() {
        Access district = Access.roles(DISTRICT, ADMIN).district("code");
        Access community = Access.roles(COMMITTEE, DISTRICT, ADMIN).community("code");
        List<Route> routes = new ArrayList<>();
        both(routes, "/charts/ratings", Access.anyone(), "Communities per rating (published years for the public)",
                this::ratings);
        both(routes, "/charts/reporting", Access.roles(ADMIN), "City submissions by month: on time, late, missing",
                this::cityReporting);
        both(routes, "/charts/district/{code}/ranking", district, "District ranking with rank-interval error bars",
                this::ranking);
        both(routes, "/charts/district/{code}/reporting", district,
                "District reporting heatmap: communities × months", this::heatmap);
        both(routes, "/charts/community/{code}/points", community, "Where the points went, per indicator",
                this::points);
        both(routes, "/charts/community/{code}/trends", community,
                "Monthly population, registered unemployed, active floating residents", this::trends);
        both(routes, "/charts/community/{code}/funds", community, "Fund income and spending by item and month",
                this::funds);
        return routes;
    }

    private static void both(List<Route> routes, String path, Access access, String summary, ChartBuilder builder) {
        routes.add(Route.get(path + ".svg", access, summary + " (SVG)", ctx -> answer(ctx, builder, true)));
        routes.add(Route.get(path + ".png", access, summary + " (PNG)", ctx -> answer(ctx, builder, false)));
    }

    private static void answer(Context ctx, ChartBuilder builder, boolean svg) throws Exception {
        Integer year = Params.year("year", Params.query(ctx, "year"));
        Req.cached(ctx, svg ? SVG : PNG, () -> {
            Chart<?, ?> chart;
            try (Connection db = Requests.connect(ctx)) {
                chart = builder.build(ctx, db, Requests.snapshot(ctx), Requests.scope(ctx), year);
            }
            if (chart == null) {
                return svg ? NoData.svg(WIDTH, HEIGHT) : NoData.png(WIDTH, HEIGHT);
            }
            return svg ? ChartImages.svg(chart) : ChartImages.png(chart);
        });
    }

    private Chart<?, ?> ratings(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        List<Integer> years = AssessmentReader.visibleYears(new AssessmentQueries(db, snapshot), snapshot, scope);
        int y = year(years, year);
        return RatingsChart.build(y + " 年评级分布", new DashboardQueries(db, snapshot).ratings(y, null), WIDTH, HEIGHT);
    }

    private Chart<?, ?> cityReporting(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        int y = year(new AssessmentQueries(db, snapshot).years(), year);
        List<MonthlyReporting> months = new DashboardQueries(db, snapshot).reporting(y, null);
        return months.isEmpty() ? null : ReportingMonthsChart.build(y + " 年报送情况", months, WIDTH, HEIGHT);
    }

    private Chart<?, ?> ranking(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        String code = Params.district("district code", ctx.pathParam("code"));
        Rankings r = AssessmentReader.rankings(db, snapshot, scope, year, code);
        List<RankingChart.Bar> bars = r.rows().stream().map(row -> row.hasInterval()
                ? new RankingChart.Bar(label(row.communityName(), row.communityCode()), row.districtRank(),
                row.p05DistrictRank(), row.p95DistrictRank())
                : new RankingChart.Bar(label(row.communityName(), row.communityCode()), row.districtRank(),
                row.districtRank(), row.districtRank())).toList();
        return bars.isEmpty() ? null
                : RankingChart.build(label(r.districtName(), code) + " " + r.year() + " 年排名", bars, WIDTH, HEIGHT);
    }

    private Chart<?, ?> heatmap(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        String code = Params.district("district code", ctx.pathParam("code"));
        int y = year(new AssessmentQueries(db, snapshot).years(), year);
        List<ReportingHeatmap.Cell> cells = new ChartData(db, snapshot).heatmap(y, code);
        return cells.isEmpty() ? null : ReportingHeatmap.build(y + " 年报送情况", cells, WIDTH, HEIGHT);
    }

    private Chart<?, ?> points(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        String code = Params.community("community code", ctx.pathParam("code"));
        CommunityAssessment a = AssessmentReader.community(db, snapshot, scope, year, code);
        if (a.indicators() == null || a.indicators().isEmpty()) {
            return null;
        }
        List<PointsChart.Indicator> indicators = a.indicators().stream()
                .map(i -> new PointsChart.Indicator(AssessmentLabels.indicator(i.indicator()), i.contribution(),
                        i.pointsLost())).toList();
        return PointsChart.build(label(a.ranking().communityName(), code) + " " + a.year() + " 年得分与失分",
                indicators, WIDTH, HEIGHT);
    }

    private Chart<?, ?> trends(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        String code = Params.community("community code", ctx.pathParam("code"));
        CommunityAssessment a = AssessmentReader.community(db, snapshot, scope, year, code);
        List<TrendChart.Month> months = new DashboardQueries(db, snapshot).trends(a.year(), code).stream()
                .map(t -> new TrendChart.Month(t.period(), t.residentPopulation(), t.registeredUnemployed(),
                        t.activeFloating())).toList();
        return months.isEmpty() ? null
                : TrendChart.build(label(a.ranking().communityName(), code) + " " + a.year() + " 年月度趋势", months,
                WIDTH, HEIGHT);
    }

    private Chart<?, ?> funds(Context ctx, Connection db, Snapshot snapshot, Scope scope, Integer year)
            throws Exception {
        String code = Params.community("community code", ctx.pathParam("code"));
        CommunityAssessment a = AssessmentReader.community(db, snapshot, scope, year, code);
        List<FundFlowChart.Amount> amounts = new ChartData(db, snapshot).fundFlow(a.year(), code);
        return amounts.isEmpty() ? null
                : FundFlowChart.build(label(a.ranking().communityName(), code) + " " + a.year() + " 年资金收支",
                amounts, WIDTH, HEIGHT);
    }

    private static String label(String name, String code) {
        return name == null || name.isBlank() ? code : name;
    }

    private static int year(List<Integer> years, Integer year) {
        if (year == null) {
            if (years.isEmpty()) {
                throw ApiException.notFound("no assessment in this snapshot");
            }
            return years.get(0);
        }
        if (!years.contains(year)) {
            throw ApiException.notFound("no assessment for " + year);
        }
        return year;
    }

    /** The image of a chart without data. */
    static final class NoData {
        private NoData() {
        }

        static byte[] svg(int width, int height) {
            return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                    + "\" viewBox=\"0 0 " + width + " " + height + "\"><rect width=\"100%\" height=\"100%\" fill=\"#f5f7fa\"/>"
                    + "<text x=\"50%\" y=\"50%\" text-anchor=\"middle\" font-family=\"sans-serif\" font-size=\"16\" "
                    + "fill=\"#616e7c\">no data</text></svg>").getBytes(StandardCharsets.UTF_8);
        }

        static byte[] png(int width, int height) {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(width, height,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(new java.awt.Color(0xf5, 0xf7, 0xfa));
            g.fillRect(0, 0, width, height);
            g.setColor(new java.awt.Color(0x61, 0x6e, 0x7c));
            g.drawString("no data", width / 2 - 20, height / 2);
            g.dispose();
            try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                javax.imageio.ImageIO.write(img, "png", out);
                return out.toByteArray();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
