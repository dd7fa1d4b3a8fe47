package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * One community's quarterly disclosure as the marts hold it (docs/DATA.md, "Disclosure marts"): everything a
 * published document shows except its version and publication date, which {@link PublishedDisclosure} adds.
 */
public record Disclosure(Unit unit, int year, int quarter, LocalDate periodStart, LocalDate periodEnd, int monthsIn,
                         boolean allMonthsIn, LocalDateTime lastDeadline, boolean deadlinePassed, boolean closed,
                         List<AccountFigures> accounts, List<LargePayment> largePayments, List<FlagEntry> flags,
                         List<Source> sources) {
    public Disclosure {
        requireNonNull(unit, "unit is null");
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
        }
        accounts = List.copyOf(accounts);
        largePayments = List.copyOf(largePayments);
        flags = List.copyOf(flags);
        sources = List.copyOf(sources);
        if (accounts.isEmpty() || !accounts.get(accounts.size() - 1).total()) {
            throw new IllegalArgumentException("disclosure " + unit.communityCode() + " " + year + "-Q" + quarter
                    + " has no TOTAL row last");
        }
    }

    /** {@code 2025-Q1}. */
    public String quarterLabel() {
        return year + "-Q" + quarter;
    }

    public AccountFigures total() {
        return accounts.get(accounts.size() - 1);
    }

    /** The community and the units above it, with their Chinese names. */
    public record Unit(String communityCode, String communityName, String streetCode, String streetName,
                       String districtCode, String districtName) {
        public Unit {
            requireNonNull(communityCode, "communityCode is null");
            requireNonNull(streetCode, "streetCode is null");
            requireNonNull(districtCode, "districtCode is null");
        }
    }

    /** One account's (or the TOTAL's) quarter: opening, each item, closing. */
    public record AccountFigures(String accountNo, boolean total, BigDecimal opening, Map<FundItem, BigDecimal> items,
                                 BigDecimal income, BigDecimal spending, BigDecimal closing, boolean reconciled) {
        public AccountFigures {
            requireNonNull(accountNo, "accountNo is null");
            requireNonNull(opening, "opening is null");
            EnumMap<FundItem, BigDecimal> copy = new EnumMap<>(FundItem.class);
            copy.putAll(items);
            if (copy.size() != FundItem.values().length) {
                throw new IllegalArgumentException("account " + accountNo + " lacks items: has " + copy.keySet());
            }
            items = java.util.Collections.unmodifiableMap(copy);
            requireNonNull(income, "income is null");
            requireNonNull(spending, "spending is null");
            requireNonNull(closing, "closing is null");
        }

        public BigDecimal item(FundItem item) {
            return items.get(item);
        }
    }

    /** An OUT at or above the listing threshold; the counterparty as published (a person already masked). */
    public record LargePayment(LocalDate date, String accountNo, String txnId, String voucherNo, FundItem item,
                               BigDecimal amount, String counterparty, String counterpartyType, String purpose) {
        public LargePayment {
            requireNonNull(date, "date is null");
            requireNonNull(item, "item is null");
            requireNonNull(amount, "amount is null");
        }
    }

    /** A fund-rule flag of the quarter; {@code txnId} is null for NEGATIVE_BALANCE. */
    public record FlagEntry(String flag, String accountNo, String txnId, LocalDate date, BigDecimal amount, String why) {
        public FlagEntry {
            requireNonNull(flag, "flag is null");
            requireNonNull(date, "date is null");
            requireNonNull(why, "why is null");
        }
    }

    /** An effective funds submission the figures were built from. */
    public record Source(String period, String fileName, LocalDateTime submittedAt) {
        public Source {
            requireNonNull(period, "period is null");
            requireNonNull(fileName, "fileName is null");
            requireNonNull(submittedAt, "submittedAt is null");
        }
    }
}
