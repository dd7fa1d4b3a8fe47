package commstat.server.assessment;

import java.math.BigDecimal;

import static java.util.Objects.requireNonNull;

/** A row of {@code assessment_consequences}: what the rating means for next year's funds and pay. */
public record Consequence(int year, int appliesToYear, String communityCode, String communityName,
                          String districtCode, String rating, BigDecimal score, int fundsChangePct,
                          int staffPayChangePct, boolean commendation, String uncertaintyClass, boolean needsReview) {
    public Consequence {
        requireNonNull(communityCode, "communityCode is null");
        requireNonNull(rating, "rating is null");
    }
}
