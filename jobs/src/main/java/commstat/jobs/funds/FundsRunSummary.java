package commstat.jobs.funds;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * What a funds run found, for the command's printout: flags of year Y by kind, the Art. 6 results and the
 * withheld-fund gaps, and the Benford judgements of Y.
 */
public record FundsRunSummary(int year, LocalDate runDate, long transactions, long accountMonths,
                              SortedMap<String, Long> flagsOfYear, List<Art6Result> art6, List<WithheldResult> withheld,
                              List<BenfordResult> benford, Map<String, Long> rowsWritten,
                              Map<String, Long> millisPerTable, Duration elapsed) {
    public FundsRunSummary {
        requireNonNull(runDate, "runDate is null");
        flagsOfYear = new TreeMap<>(requireNonNull(flagsOfYear, "flagsOfYear is null"));
        art6 = List.copyOf(art6);
        withheld = List.copyOf(withheld);
        benford = List.copyOf(benford);
        rowsWritten = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsWritten));
        millisPerTable = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(millisPerTable));
        requireNonNull(elapsed, "elapsed is null");
    }

    public record Art6Result(int year, String level, String unitCode, BigDecimal requiredCny, BigDecimal allocatedCny,
                             boolean compliant, BigDecimal shortfallCny) {
    }

    public record WithheldResult(int year, String level, String unitCode, BigDecimal allocatedCny,
                                 BigDecimal receivedCny, BigDecimal gapCny, boolean flagged) {
    }

    public record BenfordResult(String communityCode, int n, double mad, boolean nonconforming) {
    }

    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "funds %d (run date %s): %,d effective transactions, %,d account-months, %.1f s%n",
                year, runDate, transactions, accountMonths, elapsed.toMillis() / 1000.0));
        b.append("flags of ").append(year).append(':');
        if (flagsOfYear.isEmpty()) {
            b.append(" none");
        }
        b.append(System.lineSeparator());
        flagsOfYear.forEach((flag, n) -> b.append(String.format(Locale.ROOT, "  %-22s %,6d%n", flag, n)));
        List<Art6Result> failing = art6.stream().filter(a -> a.year() == year && !a.compliant()).toList();
        b.append(String.format(Locale.ROOT, "Art. 6 %d: %d of %d units not compliant%n", year, failing.size(),
                art6.stream().filter(a -> a.year() == year).count()));
        for (Art6Result a : failing) {
            b.append(String.format(Locale.ROOT, "  %-8s %-12s required %,15.2f allocated %,15.2f shortfall %,13.2f%n",
                    a.level(), a.unitCode(), a.requiredCny(), a.allocatedCny(), a.shortfallCny()));
        }
        b.append(String.format(Locale.ROOT, "withheld funds %d (gap = allocated - received):%n", year));
        for (WithheldResult w : withheld) {
            if (w.year() == year) {
                b.append(String.format(Locale.ROOT, "  %-8s %-12s allocated %,15.2f received %,15.2f gap %,13.2f%s%n",
                        w.level(), w.unitCode(), w.allocatedCny(), w.receivedCny(), w.gapCny(),
                        w.flagged() ? "  FLAGGED" : ""));
            }
        }
        for (BenfordResult r : benford) {
            b.append(String.format(Locale.ROOT, "Benford %d %s: n=%d MAD %.6f%s%n", year, r.communityCode(), r.n(), r.mad(),
                    r.nonconforming() ? " non-conforming" : ""));
        }
        b.append("tables (rows, ms):");
        rowsWritten.forEach((t, n) -> b.append(String.format(Locale.ROOT, " %s %,d %,d;", t, n, millisPerTable.get(t))));
        b.append(System.lineSeparator());
        return b.toString();
    }
}
