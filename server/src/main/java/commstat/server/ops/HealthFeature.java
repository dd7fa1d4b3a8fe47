package commstat.server.ops;

import commstat.server.snapshot.Snapshot;
import commstat.server.snapshot.SnapshotSource;
import commstat.server.web.Access;
import commstat.server.web.Feature;
import commstat.server.web.Role;
import commstat.server.web.Route;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * {@code /health} (anyone: is it up, which snapshot, how old) and {@code /metrics} (Prometheus text; the
 * administrator's, so a scraper uses an ADMIN account's API token).
 */
public final class HealthFeature implements Feature {
    private final SnapshotSource snapshots;
    private final Metrics metrics;
    private final Clock clock;

    public HealthFeature(SnapshotSource snapshots, Metrics metrics, Clock clock) {
        this.snapshots = requireNonNull(snapshots, "snapshots is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/health", Access.anyone(), "Up, with the snapshot served and its age in seconds", this::health),
                Route.get("/metrics", Access.roles(Role.ADMIN), "Prometheus metrics (text format 0.0.4)", this::metrics));
    }

    private void health(Context ctx) {
        Snapshot s = snapshots.peek();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("snapshot", s.id());
        body.put("snapshot_age_seconds", ageSeconds(s));
        ctx.header("Cache-Control", "no-store");
        ctx.json(body);
    }

    private void metrics(Context ctx) {
        Snapshot s = snapshots.peek();
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.render(s.id(), ageSeconds(s), s.cache().size(), s.cache().bytes()));
    }

    private long ageSeconds(Snapshot s) {
        return Math.max(0, Duration.between(s.publishedAt(), clock.instant()).toSeconds());
    }
}
