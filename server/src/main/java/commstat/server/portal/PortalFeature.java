package commstat.server.portal;

import commstat.server.api.ApiException;
import commstat.server.marts.Params;
import commstat.server.pages.Templates;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The public disclosure portal: browse the published disclosures by district, street, community and quarter
 * ({@code /portal}, {@code /api/portal/disclosures}), superseded versions listed and marked, and download each version
 * as PDF, CSV or JSON ({@code /portal/download/{community}/{quarter}/{version}/{format}}) from the permanent
 * publication store. Everyone may read it: a published disclosure is public, persons masked.
 */
public final class PortalFeature implements Feature {
    private static final Map<String, String> TYPES = Map.of("pdf", "application/pdf",
            "csv", "text/csv; charset=utf-8", "json", "application/json; charset=utf-8");

    private final PublicationIndexReader index;
    private final Templates templates;

    public PortalFeature(Path root, Templates templates) {
        this.index = new PublicationIndexReader(root);
        this.templates = requireNonNull(templates, "templates is null");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/portal", Access.anyone(),
                        "Public disclosure portal: browse by ?district=&street=&community=&quarter=", this::page),
                Route.get("/api/portal/disclosures", Access.anyone(),
                        "Published disclosure versions (current and superseded) with their download links",
                        ctx -> ctx.json(portal(ctx))),
                Route.get("/portal/download/{community}/{quarter}/{version}/{format}", Access.anyone(),
                        "A published disclosure version as pdf, csv or json, byte for byte as published",
                        this::download));
    }

    Portal portal(Context ctx) {
        String district = Params.district("district", Params.query(ctx, "district"));
        String street = Params.street("street", Params.query(ctx, "street"));
        String community = Params.community("community", Params.query(ctx, "community"));
        String quarter = quarter(Params.query(ctx, "quarter"));
        List<PublishedDisclosure> all = index.all();
        List<PublishedDisclosure> inDistrict = PublicationIndexReader.filter(all, district, null, null, null);
        List<PublishedDisclosure> inStreet = PublicationIndexReader.filter(inDistrict, null, street, null, null);
        return new Portal(district, street, community, quarter,
                PublicationIndexReader.filter(all, district, street, community, quarter),
                choices(all, PublishedDisclosure::districtCode, PublishedDisclosure::districtName),
                district == null ? List.of() : choices(inDistrict, PublishedDisclosure::streetCode,
                        PublishedDisclosure::streetName),
                street == null ? List.of() : choices(inStreet, PublishedDisclosure::communityCode,
                        PublishedDisclosure::communityName),
                all.stream().map(PublishedDisclosure::quarter).distinct().sorted(Comparator.reverseOrder()).toList());
    }

    private static List<Portal.Choice> choices(List<PublishedDisclosure> rows,
                                               java.util.function.Function<PublishedDisclosure, String> code,
                                               java.util.function.Function<PublishedDisclosure, String> name) {
        Map<String, String> m = new TreeMap<>();
        rows.forEach(d -> {
            if (code.apply(d) != null) {
                m.putIfAbsent(code.apply(d), name.apply(d));
            }
        });
        return m.entrySet().stream().map(e -> new Portal.Choice(e.getKey(), e.getValue())).toList();
    }

    void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(templates.render("portal/portal.jte", portal(ctx)));
    }

    void download(Context ctx) throws IOException {
        String community = Params.community("community", ctx.pathParam("community"));
        String quarter = quarter(ctx.pathParam("quarter"));
        String v = ctx.pathParam("version");
        if (!v.matches("[1-9]\\d{0,5}")) {
            throw ApiException.badParameter("version '" + (v.length() > 10 ? v.substring(0, 10) : v)
                    + "' is not a version number");
        }
        String format = ctx.pathParam("format");
        Path file = index.file(community, quarter, Integer.parseInt(v), format);
        ctx.contentType(TYPES.get(format));
        ctx.header("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
        // Published files never change: a browser may keep them.
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        try (InputStream in = Files.newInputStream(file)) {
            ctx.result(in.readAllBytes());
        }
    }

    private static String quarter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!PublicationIndexReader.QUARTER.matcher(value).matches()) {
            throw ApiException.badParameter("quarter '" + (value.length() > 20 ? value.substring(0, 20) : value)
                    + "' is not like 2025-Q1");
        }
        return value;
    }
}
