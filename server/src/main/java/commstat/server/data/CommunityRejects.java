package commstat.server.data;

import static java.util.Objects.requireNonNull;

/** One community and its rejected data rows. */
public record CommunityRejects(Community community, Page<RejectRow> rejects) {
    public CommunityRejects {
        requireNonNull(community, "community is null");
        requireNonNull(rejects, "rejects is null");
    }
}
