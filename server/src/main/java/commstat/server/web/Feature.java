package commstat.server.web;

import java.util.List;

/**
 * A part of the server that contributes routes (the ingest report, uploads, login, ...). See
 * {@code docs/SERVER.md} "Adding a route": a feature lives in its own package, builds its routes with
 * {@link Route#get} / {@link Route#post} and an {@link Access}, reads the request's snapshot and principal through
 * {@link Req}, and is listed once in {@code ServerApp.features}.
 */
public interface Feature {
    List<Route> routes();
}
