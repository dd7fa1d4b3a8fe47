package commstat.server.assessment;

import commstat.server.api.ApiException;
import commstat.server.marts.Params;
import commstat.server.marts.Requests;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static commstat.server.web.Role.ADMIN;
import static commstat.server.web.Role.COMMITTEE;
import static commstat.server.web.Role.DISTRICT;

/**
 * The snapshot's assessment PDFs: the city summary (ADMIN), a district report (its office, ADMIN), a community
 * profile (its committee, its district office, ADMIN). The file is the snapshot's, so it matches the pages.
 */
public final class ReportFiles implements Feature {
    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/reports/assessment/{year}/city", Access.roles(ADMIN), "City summary PDF",
                        ctx -> send(ctx, "city", null)),
                Route.get("/reports/assessment/{year}/district/{code}", Access.roles(DISTRICT, ADMIN).district("code"),
                        "District assessment report PDF",
                        ctx -> send(ctx, "district", Params.district("district code", ctx.pathParam("code")))),
                Route.get("/reports/assessment/{year}/community/{code}",
                        Access.roles(COMMITTEE, DISTRICT, ADMIN).community("code"), "Community profile PDF",
                        ctx -> send(ctx, "community", Params.community("community code", ctx.pathParam("code")))));
    }

    private static void send(Context ctx, String kind, String code) throws IOException {
        int year = Params.year("year", ctx.pathParam("year"));
        Path file = ReportLinks.file(Requests.snapshot(ctx), year, kind, code);
        if (!Files.isRegularFile(file)) {
            throw ApiException.notFound("the snapshot has no " + kind + " report for " + year
                    + (code == null ? "" : " and " + code));
        }
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"" + kind + (code == null ? "" : "-" + code) + "-" + year
                + ".pdf\"");
        ctx.result(Files.readAllBytes(file));
    }
}
