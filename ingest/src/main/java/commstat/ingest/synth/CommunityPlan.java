package commstat.ingest.synth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One community of the synthetic city: its codes and names, its size, habits and accounts. Small and fixed for the
 * run, so the whole layout fits in memory even at scale 100; the rows are generated later, one community at a time.
 *
 * @param size          relative size (about 1 on average, lognormal), scales population and row counts
 * @param establishedOn null when long established (an empty cell in communities.csv)
 * @param offBookAccount an account the committee uses but never registered (Art. 32 trigger), or null
 */
record CommunityPlan(int index, String code, String name, String streetCode, String streetName, String districtCode,
                     String districtName, String cityCode, String cityName, LocalDate establishedOn,
                     LocalDate dissolvedOn, double size, CommunityHabit habit, List<SpecialAccount> accounts,
                     String offBookAccount, BigDecimal monthlyCityAllocation, BigDecimal monthlyDistrictAllocation) {
    CommunityPlan {
        requireNonNull(code, "code is null");
        requireNonNull(habit, "habit is null");
        accounts = List.copyOf(accounts);
    }

    /** Whether the community exists for (part of) the month, so it must report on it. */
    boolean activeIn(YearMonth month) {
        boolean started = establishedOn == null || !YearMonth.from(establishedOn).isAfter(month);
        boolean ended = dissolvedOn != null && YearMonth.from(dissolvedOn).isBefore(month);
        return started && !ended;
    }
}
