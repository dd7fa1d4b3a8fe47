package commstat.server.statistics;

import commstat.server.api.ApiException;
import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.pages.Templates;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Req;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.sql.Connection;
import java.util.List;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The public statistics (funds.md "Published statistics protect people"): per street and month, the person-count
 * tables with {@code <5} and {@code x} where suppressed, for everyone; an office within its scope (ADMIN, the
 * street's DISTRICT) gets the exact counts of the same table instead. Pages {@code /statistics?street=&period=&table=},
 * JSON {@code /api/statistics} (the choices) and {@code /api/statistics/{street}/{period}/{table}}.
 */
public final class StatisticsFeature implements Feature {
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private final Templates templates;

    public StatisticsFeature(Templates templates) {
        this.templates = requireNonNull(templates, "templates is null");
    }

    /** The page's model: the choices, and the table chosen (null before a street is chosen). */
    public record Page(StatChoices choices, String street, String period, String table, StatTable shown) {
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/statistics", Access.anyone(),
                        "Public statistics page: suppressed person-count tables per street and month", this::page),
                Route.get("/api/statistics", Access.anyone(), "The streets, months and tables of the public statistics",
                        ctx -> Req.cachedJson(ctx, () -> {
                            try (Connection db = Requests.connect(ctx)) {
                                return StatisticsReader.choices(db, Requests.snapshot(ctx));
                            }
                        })),
                Route.get("/api/statistics/{street}/{period}/{table}", Access.anyone(),
                        "One table: suppressed for the public, exact for an office within its scope", this::table));
    }

    void table(Context ctx) throws Exception {
        String street = Params.street("street", ctx.pathParam("street"));
        String period = period(ctx.pathParam("period"));
        String table = ctx.pathParam("table");
        Req.cachedJson(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                return StatisticsReader.table(db, Requests.snapshot(ctx), Requests.scope(ctx), street, period, table);
            }
        });
    }

    void page(Context ctx) throws Exception {
        String street = Params.street("street", Params.query(ctx, "street"));
        String askedPeriod = Params.query(ctx, "period") == null ? null : period(Params.query(ctx, "period"));
        String table = Params.query(ctx, "table") == null ? StatisticsReader.TABLES.get(0) : Params.query(ctx, "table");
        Req.cachedHtml(ctx, () -> {
            try (Connection db = Requests.connect(ctx)) {
                StatChoices choices = StatisticsReader.choices(db, Requests.snapshot(ctx));
                String period = askedPeriod != null ? askedPeriod
                        : choices.periods().isEmpty() ? null : choices.periods().get(0);
                StatTable shown = street == null || period == null ? null
                        : StatisticsReader.table(db, Requests.snapshot(ctx), Requests.scope(ctx), street, period, table);
                return templates.render("statistics/statistics.jte", new Page(choices, street, period, table, shown));
            }
        });
    }

    private static String period(String value) {
        if (value == null || !PERIOD.matcher(value).matches()) {
            String v = value == null ? "" : value.length() > 20 ? value.substring(0, 20) : value;
            throw ApiException.badParameter("period '" + v + "' is not a month like 2025-03");
        }
        return value;
    }
}
