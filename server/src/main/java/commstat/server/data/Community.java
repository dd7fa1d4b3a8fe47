package commstat.server.data;

import static java.util.Objects.requireNonNull;

/** A community of {@code ref_communities}, with the names of its street and district. */
public record Community(String communityCode, String communityName, String streetCode, String streetName,
                        String districtCode, String districtName) {
    public Community {
        requireNonNull(communityCode, "communityCode is null");
    }

    /** A code that is in the rejects but not in the reference file: no names to show. */
    public static Community unlisted(String communityCode) {
        return new Community(communityCode, null, null, null, null, null);
    }
}
