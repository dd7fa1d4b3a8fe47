package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-made disclosures for the reports tests. {@link #sample} is 长乐家园社区 2025-Q1: account A1 opens at
 * 100.00, receives a city allocation of {@code city}, pays 1,200.00 of assistance to 王** and 999.99 of office
 * costs; the TOTAL equals A1.
 */
public final class TestDisclosures {
    private TestDisclosures() {
    }

    public static Disclosure sample(String city) {
        return sample("371902001001", "长乐家园社区", 1, city);
    }

    public static Disclosure sample(String community, String name, int quarter, String city) {
        BigDecimal opening = new BigDecimal("100.00");
        BigDecimal income = new BigDecimal(city);
        BigDecimal spending = new BigDecimal("2199.99");
        Map<FundItem, BigDecimal> items = new EnumMap<>(FundItem.class);
        for (FundItem i : FundItem.values()) {
            items.put(i, BigDecimal.ZERO.setScale(2));
        }
        items.put(FundItem.CITY_ALLOCATION, income);
        items.put(FundItem.ASSISTANCE, new BigDecimal("1200.00"));
        items.put(FundItem.OFFICE, new BigDecimal("999.99"));
        BigDecimal closing = opening.add(income).subtract(spending);
        Disclosure.AccountFigures a1 = new Disclosure.AccountFigures("6228048575724890995", false, opening, items, income,
                spending, closing, true);
        Disclosure.AccountFigures total = new Disclosure.AccountFigures("TOTAL", true, opening, items, income, spending,
                closing, true);
        LocalDate start = LocalDate.of(2025, quarter * 3 - 2, 1);
        return new Disclosure(new Disclosure.Unit(community, name, community.substring(0, 9), "长兴街道",
                community.substring(0, 6), "金坛区"), 2025, quarter, start, start.plusMonths(3).minusDays(1), 3, true,
                start.plusMonths(3).withDayOfMonth(10).atTime(23, 59, 59), true, true, List.of(a1, total),
                List.of(new Disclosure.LargePayment(start.plusDays(31), "6228048575724890995", "T2", "V2",
                        FundItem.ASSISTANCE, new BigDecimal("1200.00"), "王**", "PERSON", "=HYPERLINK(\"x\")救助"),
                        new Disclosure.LargePayment(start.plusDays(40), "6228048575724890995", "T3", "-V3",
                                FundItem.OFFICE, new BigDecimal("1000.00"), "@文具店, 北京", "ORG", "+办公用品")),
                List.of(new Disclosure.FlagEntry("MISSING_APPROVAL", "6228048575724890995", "T3", start.plusDays(40),
                        new BigDecimal("1000.00"), "OUT 1,000.00 without approved_by")),
                List.of(new Disclosure.Source(start.toString().substring(0, 7), community + "_funds_"
                        + start.toString().substring(0, 7) + "_20250201T163735.csv", LocalDateTime.of(2025, 2, 1, 16, 37, 35))));
    }
}
