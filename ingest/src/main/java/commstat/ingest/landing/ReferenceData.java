package commstat.ingest.landing;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The six reference files, typed, with the rows that were left out ({@link #problems()}). Serializable so a
 * validator holding it can be shipped to Spark executors.
 */
public final class ReferenceData implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Community> communities;
    private final List<SpecialAccount> specialAccounts;
    private final List<OpeningBalance> openingBalances;
    private final List<FiscalAllocation> fiscalAllocations;
    private final List<HousingArea> housingAreas;
    private final List<AssessmentInput> assessmentInputs;
    private final List<ReferenceProblem> problems;
    private final Map<String, Community> byCode;

    public ReferenceData(List<Community> communities, List<SpecialAccount> specialAccounts,
                         List<OpeningBalance> openingBalances, List<FiscalAllocation> fiscalAllocations,
                         List<HousingArea> housingAreas, List<AssessmentInput> assessmentInputs,
                         List<ReferenceProblem> problems) {
        this.communities = List.copyOf(communities);
        this.specialAccounts = List.copyOf(specialAccounts);
        this.openingBalances = List.copyOf(openingBalances);
        this.fiscalAllocations = List.copyOf(fiscalAllocations);
        this.housingAreas = List.copyOf(housingAreas);
        this.assessmentInputs = List.copyOf(assessmentInputs);
        this.problems = List.copyOf(problems);
        Map<String, Community> map = new LinkedHashMap<>();
        for (Community c : this.communities) {
            if (map.put(c.code(), c) != null) {
                throw new InvalidReferenceDataException("community_code " + c.code() + " is listed twice");
            }
        }
        this.byCode = map;
    }

    /** Only communities, nothing else: what a test or the upload check needs. */
    public static ReferenceData ofCommunities(List<Community> communities) {
        return new ReferenceData(communities, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public List<Community> communities() {
        return communities;
    }

    public List<SpecialAccount> specialAccounts() {
        return specialAccounts;
    }

    public List<OpeningBalance> openingBalances() {
        return openingBalances;
    }

    public List<FiscalAllocation> fiscalAllocations() {
        return fiscalAllocations;
    }

    public List<HousingArea> housingAreas() {
        return housingAreas;
    }

    public List<AssessmentInput> assessmentInputs() {
        return assessmentInputs;
    }

    public List<ReferenceProblem> problems() {
        return problems;
    }

    public Optional<Community> community(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean isKnownCommunity(String code) {
        return byCode.containsKey(code);
    }
}
