package commstat.server.ops;

import commstat.server.api.ErrorCode;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Role;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * {@code /api/openapi.json}: an OpenAPI 3.1 document made from the route table, so it lists exactly what the
 * server serves: every API route's path, method, summary, path parameters, the roles allowed ({@code x-roles})
 * and the unit check ({@code x-unit-scope}), and the shared error shape.
 */
public final class OpenApiFeature implements Feature {
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private final Supplier<List<Route>> routes;

    public OpenApiFeature(Supplier<List<Route>> routes) {
        this.routes = requireNonNull(routes, "routes is null");
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/openapi.json", Access.anyone(),
                "This document: every API route with its roles", this::document));
    }

    private void document(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=60");
        ctx.json(build(routes.get()));
    }

    /** The document for these routes (API routes only; pages are listed under {@code x-pages}). */
    public static Map<String, Object> build(List<Route> all) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "commstat server", "version", "1",
                "description", "Roles: PUBLIC (no login), COMMITTEE, DISTRICT, FINANCE, ADMIN. Anonymous callers of a "
                        + "non-public route get 401, other roles 403, a unit outside the caller's 404. Authenticate "
                        + "with Authorization: Bearer <token> (./commstat users token)."));
        Map<String, Object> paths = new LinkedHashMap<>();
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Route r : all) {
            if (!r.isApi()) {
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("method", r.method().name());
                page.put("path", r.path());
                page.put("summary", r.summary());
                page.put("x-roles", roles(r.access()));
                pages.add(page);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
            item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
        }
        doc.put("paths", paths);
        doc.put("components", Map.of(
                "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("code", "message"),
                        "properties", Map.of(
                                "code", Map.of("type", "string", "enum", codes()),
                                "message", Map.of("type", "string")))),
                "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer"),
                        "session", Map.of("type", "apiKey", "in", "cookie", "name", "commstat_session"))));
        doc.put("x-pages", pages);
        return doc;
    }

    private static Map<String, Object> operation(Route r) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("summary", r.summary());
        op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + r.path().replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("x-roles", roles(r.access()));
        op.put("x-unit-scope", r.access().scope().name());
        if (!r.access().isPublic()) {
            op.put("security", List.of(Map.of("bearer", List.of()), Map.of("session", List.of())));
        }
        List<Map<String, Object>> params = new ArrayList<>();
        Matcher m = PARAM.matcher(r.path());
        while (m.find()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", m.group(1));
            p.put("in", "path");
            p.put("required", true);
            p.put("schema", Map.of("type", "string"));
            if (m.group(1).equals(r.access().param())) {
                p.put("description", r.access().scope() == Access.Scope.COMMUNITY
                        ? "12-digit community code inside the caller's unit" : "6-digit district code inside the caller's unit");
            }
            params.add(p);
        }
        if (!params.isEmpty()) {
            op.put("parameters", params);
        }
        Map<String, Object> error = Map.of("description", "error",
                "content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "the answer (JSON)"));
        responses.put("4XX", error);
        op.put("responses", responses);
        return op;
    }

    private static List<String> roles(Access a) {
        return a.roles().stream().map(Role::name).toList();
    }

    private static List<String> codes() {
        return java.util.Arrays.stream(ErrorCode.values()).map(Enum::name).toList();
    }
}
