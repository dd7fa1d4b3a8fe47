package commstat.ingest.landing;

import commstat.ingest.read.RawRow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code reference/}: a row whose value does not parse is left out and reported as a
 * {@link ReferenceProblem}; a community breaking the code hierarchy likewise; duplicate rows of the fiscal
 * allocations and assessment inputs: the last wins and the duplicate is reported. A {@code community_code}
 * listed twice stops the run ({@link InvalidReferenceDataException}): every number depends on it.
 */
public final class ReferenceLoader {
    static final String COMMUNITIES = "communities.csv";
    static final String SPECIAL_ACCOUNTS = "special_accounts.csv";
    static final String OPENING_BALANCES = "opening_balances.csv";
    static final String FISCAL_ALLOCATIONS = "fiscal_allocations.csv";
    static final String HOUSING_AREAS = "housing_areas.csv";
    static final String ASSESSMENT_INPUTS = "assessment_inputs.csv";
    static final List<String> LEVELS = List.of("CITY", "DISTRICT");
    static final List<String> INDICATORS = List.of("SATISFACTION", "STREET_EVALUATION", "SAFETY_INCIDENTS");

    private ReferenceLoader() {
    }

    public static ReferenceData load(Path referenceDir) {
        List<ReferenceProblem> problems = new ArrayList<>();
        List<Community> communities = communities(referenceDir, problems);
        return new ReferenceData(communities, specialAccounts(referenceDir, problems),
                openingBalances(referenceDir, problems), fiscalAllocations(referenceDir, problems),
                housingAreas(referenceDir, problems), assessmentInputs(referenceDir, problems), problems);
    }

    private static List<Community> communities(Path dir, List<ReferenceProblem> problems) {
        ReferenceTable t = ReferenceTable.read(dir, COMMUNITIES, false, List.of("community_code", "community_name",
                "street_code", "street_name", "district_code", "district_name", "established_on"));
        Map<String, Integer> firstLine = new HashMap<>();
        List<Community> out = new ArrayList<>();
        for (RawRow r : t.rows) {
            String code = t.text(r, "community_code");
            if (code != null) {
                Integer earlier = firstLine.putIfAbsent(code, r.line());
                if (earlier != null) {
                    throw new InvalidReferenceDataException(COMMUNITIES + ": community_code " + code
                            + " is listed twice (lines " + earlier + " and " + r.line()
                            + "); every number depends on it, so the run stops. Fix the file and run again.");
                }
            }
            try {
                Community c = new Community(t.required(r, "community_code"), t.name(r, "community_name"),
                        t.required(r, "street_code"), t.name(r, "street_name"), t.required(r, "district_code"),
                        t.name(r, "district_name"), t.date(r, "established_on", true),
                        t.hasColumn("dissolved_on") ? t.date(r, "dissolved_on", true) : null);
                if (!c.streetCode().startsWith(c.districtCode()) || !c.code().startsWith(c.streetCode())) {
                    problems.add(t.problem(r, "community " + c.code() + ": codes break the hierarchy (district "
                            + c.districtCode() + ", street " + c.streetCode()
                            + "); left out, its submissions are UNKNOWN_COMMUNITY"));
                    continue;
                }
                out.add(c);
            } catch (ReferenceTable.BadValue e) {
                problems.add(t.problem(r, e.getMessage() + "; row left out"));
            }
        }
        return out;
    }

    private static List<SpecialAccount> specialAccounts(Path dir, List<ReferenceProblem> problems) {
        ReferenceTable t = ReferenceTable.read(dir, SPECIAL_ACCOUNTS, false,
                List.of("account_no", "community_code", "opened_on"));
        List<SpecialAccount> out = new ArrayList<>();
        for (RawRow r : t.rows) {
            try {
                out.add(new SpecialAccount(t.required(r, "account_no"), t.required(r, "community_code"),
                        t.date(r, "opened_on", false),
                        t.hasColumn("closed_on") ? t.date(r, "closed_on", true) : null));
            } catch (ReferenceTable.BadValue e) {
                problems.add(t.problem(r, e.getMessage() + "; row left out"));
            }
        }
        return out;
    }

    private static List<OpeningBalance> openingBalances(Path dir, List<ReferenceProblem> problems) {
        ReferenceTable t = ReferenceTable.read(dir, OPENING_BALANCES, true,
                List.of("account_no", "community_code", "as_of", "balance"));
        List<OpeningBalance> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        for (RawRow r : t.rows) {
            try {
                out.add(new OpeningBalance(t.required(r, "account_no"), t.required(r, "community_code"),
                        t.date(r, "as_of", false), t.money(r, "balance")));
            } catch (ReferenceTable.BadValue e) {
                problems.add(t.problem(r, e.getMessage() + "; row left out"));
            }
        }
        return out;
    }

    private static List<FiscalAllocation> fiscalAllocations(Path dir, List<ReferenceProblem> problems) {
        ReferenceTable t = ReferenceTable.read(dir, FISCAL_ALLOCATIONS, false, List.of("year", "level", "unit_code",
                "fiscal_income_increase", "community_funds_allocated"));
        Map<String, FiscalAllocation> byKey = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (RawRow r : t.rows) {
            try {
                FiscalAllocation a = new FiscalAllocation(t.integer(r, "year"), t.oneOf(r, "level", LEVELS),
                        t.required(r, "unit_code"), t.money(r, "fiscal_income_increase"),
                        t.money(r, "community_funds_allocated"));
                String key = a.year() + "|" + a.level() + "|" + a.unitCode();
                keepLast(byKey, lineOf, key, a, t, r, problems, "year " + a.year() + ", level " + a.level()
                        + ", unit " + a.unitCode());
            } catch (ReferenceTable.BadValue e) {
                problems.add(t.problem(r, e.getMessage() + "; row left out"));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static List<HousingArea> housingAreas(Path dir, List<ReferenceProblem> problems) {
        ReferenceTable t = ReferenceTable.read(dir, HOUSING_AREAS, false, List.of("area_code", "area_name",
                "district_code", "urban_rural_fringe", "served_by_community_code", "own_committee", "housing_units",
                "occupied_units", "as_of"));
        List<HousingArea> out = new ArrayList<>();
        for (RawRow r : t.rows) {
            try {
                out.add(new HousingArea(t.required(r, "area_code"), t.name(r, "area_name"),
                        t.required(r, "district_code"), t.bool(r, "urban_rural_fringe"),
                        t.text(r, "served_by_community_code"), t.bool(r, "own_committee"),
                        t.count(r, "housing_units"), t.count(r, "occupied_units"), t.date(r, "as_of", false)));
            } catch (ReferenceTable.BadValue e) {
                problems.add(t.problem(r, e.getMessage() + "; row left out"));
            }
        }
        return out;
    }

    private static List<AssessmentInput> assessmentInputs(Path dir, List<ReferenceProblem> problems) {
        ReferenceTable t = ReferenceTable.read(dir, ASSESSMENT_INPUTS, false,
                List.of("year", "community_code", "indicator", "value"));
        Map<String, AssessmentInput> byKey = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (RawRow r : t.rows) {
            try {
                AssessmentInput a = new AssessmentInput(t.integer(r, "year"), t.required(r, "community_code"),
                        t.oneOf(r, "indicator", INDICATORS), t.decimal(r, "value"));
                String key = a.year() + "|" + a.communityCode() + "|" + a.indicator();
                keepLast(byKey, lineOf, key, a, t, r, problems, "year " + a.year() + ", community "
                        + a.communityCode() + ", indicator " + a.indicator());
            } catch (ReferenceTable.BadValue e) {
                problems.add(t.problem(r, e.getMessage() + "; row left out"));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** The last row with a key wins (the map keeps the first position); the overridden row is reported. */
    private static <T> void keepLast(Map<String, T> byKey, Map<String, Integer> lineOf, String key, T row,
                                     ReferenceTable t, RawRow r, List<ReferenceProblem> problems, String what) {
        Integer earlier = lineOf.put(key, r.line());
        if (earlier != null) {
            byKey.remove(key);
            problems.add(t.problem(r, "duplicate of line " + earlier + " (" + what + "); the last row wins"));
        }
        byKey.put(key, row);
    }
}
