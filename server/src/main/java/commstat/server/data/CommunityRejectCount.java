package commstat.server.data;

import static java.util.Objects.requireNonNull;

/** One community's rejected data rows and the number of files they came from. */
public record CommunityRejectCount(Community community, long rows, long files) {
    public CommunityRejectCount {
        requireNonNull(community, "community is null");
    }
}
