package commstat.server.dashboard;

import static java.util.Objects.requireNonNull;

/** A chart on a dashboard: its element id, its title (the image's alt text) and its image URL. */
public record ChartRef(String id, String title, String src) {
    public ChartRef {
        requireNonNull(id, "id is null");
        requireNonNull(title, "title is null");
        requireNonNull(src, "src is null");
    }
}
