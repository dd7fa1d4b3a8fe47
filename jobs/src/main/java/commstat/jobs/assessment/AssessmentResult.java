package commstat.jobs.assessment;

import java.util.List;

/** Everything year Y's assessment decided, before it is written: the driver-side values behind the marts. */
public record AssessmentResult(
        int year,
        AssessmentRoster roster,
        List<CommunityAssessment> assessed,
        List<RankUncertainty.Result> uncertainty,
        List<Consequences.Row> consequences,
        List<CommunityAssessment> fullyEmployed,
        boolean fundPointsPresent) {

    public AssessmentResult {
        assessed = List.copyOf(assessed);
        uncertainty = List.copyOf(uncertainty);
        consequences = List.copyOf(consequences);
        fullyEmployed = List.copyOf(fullyEmployed);
    }
}
