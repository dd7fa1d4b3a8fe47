package commstat.jobs.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Who is assessed for year Y (assessment.md, Rules in detail): established on or before Y-01-01 (empty is long
 * established) and not dissolved before Y-12-31. The others are listed with a reason.
 */
public record AssessmentRoster(List<Community> assessed, List<NotAssessed> notAssessed) {
    public static final String NEW = "NEW";
    public static final String DISSOLVED = "DISSOLVED";

    public AssessmentRoster {
        assessed = List.copyOf(assessed);
        notAssessed = List.copyOf(notAssessed);
    }

    /** A community left out of year Y's assessment and why. */
    public record NotAssessed(Community community, String reason) {
    }

    public static AssessmentRoster of(List<Community> communities, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        List<Community> assessed = new ArrayList<>();
        List<NotAssessed> notAssessed = new ArrayList<>();
        for (Community c : communities.stream().sorted(Comparator.comparing(Community::code)).toList()) {
            // NEW is checked first: a community founded and dissolved within Y was never assessable.
            if (c.establishedOn() != null && c.establishedOn().isAfter(first)) {
                notAssessed.add(new NotAssessed(c, NEW));
            } else if (c.dissolvedOn() != null && c.dissolvedOn().isBefore(last)) {
                notAssessed.add(new NotAssessed(c, DISSOLVED));
            } else {
                assessed.add(c);
            }
        }
        return new AssessmentRoster(assessed, notAssessed);
    }
}
