package commstat.server.assessment;

import static java.util.Objects.requireNonNull;

/** A community of the reference not assessed in the year, and why ({@code NEW}, {@code DISSOLVED}). */
public record NotAssessed(String communityCode, String communityName, String districtCode, String reason) {
    public NotAssessed {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(reason, "reason is null");
    }
}
