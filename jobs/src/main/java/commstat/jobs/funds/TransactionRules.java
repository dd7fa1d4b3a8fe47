package commstat.jobs.funds;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The fund rules on single transactions (funds.md "Fund rules" and "Rules in detail"): OFF_BOOK_ACCOUNT,
 * MISSING_APPROVAL, DUPLICATE_PAYMENT, SPLIT_PAYMENT, over one community's transactions at a time, in plain Java.
 * A transaction may carry several flags. Sentences name amounts, dates, vouchers and accounts but never the
 * counterparty, which may be a person.
 *
 * <p>Strings compare as Spark's did when these rules were a Spark plan (UTF-8 byte order, {@link #UTF8}), "trimmed"
 * removes spaces (U+0020) only, and a missing value in a sentence makes the whole sentence missing, as SQL's
 * {@code concat}: the same rows and sentences, byte for byte.
 */
final class TransactionRules implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Spark's string order: by code point, which is the UTF-8 byte order. */
    static final Comparator<String> UTF8 = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };
    private static final Comparator<Registration> REGISTRATION_ORDER =
            Comparator.comparing(Registration::communityCode, Comparator.nullsFirst(UTF8))
                    .thenComparing(Registration::openedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Registration::closedOn, Comparator.nullsFirst(Comparator.naturalOrder()));
    private static final Comparator<Txn> TWIN_ORDER = Comparator.comparing(Txn::date)
            .thenComparing(Txn::txnId, UTF8)
            .thenComparing(Txn::voucherNo, Comparator.nullsFirst(UTF8));

    private final BigDecimal approvalThreshold;
    private final int duplicateWindowDays;

    TransactionRules(BigDecimal approvalThreshold, int duplicateWindowDays) {
        this.approvalThreshold = requireNonNull(approvalThreshold, "approvalThreshold is null");
        this.duplicateWindowDays = duplicateWindowDays;
    }

    /** An accepted transaction of an effective funds submission; {@code counterparty} already trimmed. */
    record Txn(String communityCode, String accountNo, String txnId, LocalDate date, String direction, String item,
               BigDecimal amount, String voucherNo, String counterparty, String approvedBy, String sourceFile,
               Integer line) implements Serializable {
        boolean isOut() {
            return "OUT".equals(direction);
        }
    }

    /** One row of ref_special_accounts: the account is the community's from {@code openedOn} to {@code closedOn}. */
    record Registration(String communityCode, LocalDate openedOn, LocalDate closedOn) implements Serializable {
        boolean covers(LocalDate date) {
            return (openedOn == null || !openedOn.isAfter(date)) && (closedOn == null || !date.isAfter(closedOn));
        }
    }

    /** A flag on a transaction, with the sentence that explains it (null only when a part of it is missing). */
    record Flag(Txn txn, FundFlag flag, String why) {
        Flag {
            requireNonNull(txn, "txn is null");
            requireNonNull(flag, "flag is null");
        }
    }

    /** Every account's registrations, each account's in a fixed order (community, opened, closed; missing first). */
    static Map<String, List<Registration>> byAccount(Map<String, List<Registration>> registrations) {
        Map<String, List<Registration>> sorted = new TreeMap<>();
        registrations.forEach((account, regs) -> sorted.put(account,
                List.copyOf(regs.stream().sorted(REGISTRATION_ORDER).toList())));
        return sorted;
    }

    /**
     * The flags of one community's transactions.
     *
     * @param registrations every special account's registrations, any community, from {@link #byAccount}
     */
    List<Flag> flags(List<Txn> txns, Map<String, List<Registration>> registrations) {
        List<Flag> out = new ArrayList<>();
        List<Txn> outs = txns.stream().filter(Txn::isOut).toList();
        offBook(txns, registrations, out);
        missingApproval(outs, out);
        duplicates(outs, out);
        splits(outs, out);
        return out;
    }

    /** IN and OUT alike: no registration of this account to this community covers the date (bounds inclusive). */
    private static void offBook(List<Txn> txns, Map<String, List<Registration>> registrations, List<Flag> out) {
        for (Txn t : txns) {
            if (t.date() == null) {
                continue; // no date, no judgement (the contract requires one)
            }
            List<Registration> regs = registrations.get(t.accountNo());
            List<Registration> own = regs == null ? List.of()
                    : regs.stream().filter(r -> r.communityCode() != null && r.communityCode().equals(t.communityCode()))
                    .toList();
            if (own.stream().anyMatch(r -> r.covers(t.date()))) {
                continue;
            }
            String why;
            if (regs == null) {
                why = concat("account ", t.accountNo(), " is not a registered special account");
            } else if (own.isEmpty()) {
                String communities = regs.stream().map(Registration::communityCode).filter(Objects::nonNull)
                        .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                        .collect(Collectors.joining(", "));
                why = concat("account ", t.accountNo(), " is registered to community ", communities, ", not to ",
                        t.communityCode());
            } else {
                String spans = own.stream().map(r -> "opened " + (r.openedOn() == null ? "?" : r.openedOn().toString())
                        + ", " + (r.closedOn() == null ? "still open" : "closed " + r.closedOn())).collect(Collectors.joining("; "));
                why = concat("dated ", t.date().toString(), ", outside the registration of account ", t.accountNo(),
                        " (", spans, ")");
            }
            out.add(new Flag(t, FundFlag.OFF_BOOK_ACCOUNT, concat(t.direction(), " ", money(t.amount()), ": ", why)));
        }
    }

    /** An OUT without an approver. */
    private static void missingApproval(List<Txn> outs, List<Flag> out) {
        for (Txn t : outs) {
            if (t.approvedBy() == null || trimSpaces(t.approvedBy()).isEmpty()) {
                out.add(new Flag(t, FundFlag.MISSING_APPROVAL,
                        concat("OUT ", money(t.amount()), " on voucher ", t.voucherNo(), " has no approver")));
            }
        }
    }

    /**
     * The later of two OUTs with an equal amount and counterparty, with the same voucher or at most
     * {@code duplicateWindowDays} apart; earlier means by date, then txn_id. Every later repeat is flagged; the
     * sentence names its nearest earlier twin (the latest by date, txn_id, then voucher).
     */
    private void duplicates(List<Txn> outs, List<Flag> out) {
        Map<String, List<Txn>> byCounterparty = new LinkedHashMap<>();
        for (Txn t : outs) {
            if (t.counterparty() != null && t.amount() != null && t.date() != null && t.txnId() != null) {
                byCounterparty.computeIfAbsent(t.counterparty(), c -> new ArrayList<>()).add(t);
            }
        }
        for (List<Txn> group : byCounterparty.values()) {
            for (Txn later : group) {
                Txn twin = null;
                for (Txn earlier : group) {
                    if (earlier.amount().compareTo(later.amount()) == 0 && isEarlier(earlier, later)
                            && (Objects.equals(earlier.voucherNo(), later.voucherNo()) && later.voucherNo() != null
                            || ChronoUnit.DAYS.between(earlier.date(), later.date()) <= duplicateWindowDays)
                            && (twin == null || TWIN_ORDER.compare(earlier, twin) > 0)) {
                        twin = earlier;
                    }
                }
                if (twin != null) {
                    out.add(new Flag(later, FundFlag.DUPLICATE_PAYMENT, duplicateWhy(later, twin)));
                }
            }
        }
    }

    private String duplicateWhy(Txn later, Txn twin) {
        String how = twin.voucherNo() != null && twin.voucherNo().equals(later.voucherNo())
                ? concat("the same voucher ", later.voucherNo())
                : ChronoUnit.DAYS.between(twin.date(), later.date()) + " days apart, within " + duplicateWindowDays;
        return concat("OUT ", money(later.amount()), " repeats ", twin.txnId(), " of ", twin.date().toString(),
                " to the same counterparty (", how, ")");
    }

    private static boolean isEarlier(Txn e, Txn l) {
        return e.date().isBefore(l.date()) || e.date().equals(l.date()) && UTF8.compare(e.txnId(), l.txnId()) < 0;
    }

    /**
     * Two or more OUTs on one date to one counterparty (a missing counterparty is one too), across accounts, each
     * below the approval threshold, that together reach it: each is flagged.
     */
    private void splits(List<Txn> outs, List<Flag> out) {
        record Key(LocalDate date, String counterparty) {
        }
        Map<Key, List<Txn>> groups = new LinkedHashMap<>();
        for (Txn t : outs) {
            if (t.amount() != null && t.amount().compareTo(approvalThreshold) < 0) {
                groups.computeIfAbsent(new Key(t.date(), t.counterparty()), k -> new ArrayList<>()).add(t);
            }
        }
        for (List<Txn> group : groups.values()) {
            BigDecimal together = group.stream().map(Txn::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (group.size() < 2 || together.compareTo(approvalThreshold) < 0) {
                continue;
            }
            for (Txn t : group) {
                out.add(new Flag(t, FundFlag.SPLIT_PAYMENT, concat("OUT ", money(t.amount()), " is one of ",
                        String.valueOf(group.size()), " payments below ", money(approvalThreshold),
                        " to the same counterparty on ", t.date() == null ? null : t.date().toString(), ", together ",
                        money(together))));
            }
        }
    }

    /** {@code 12,345.60}: grouping for reading, exact (no double on the way); null stays null. */
    static String money(BigDecimal amount) {
        return amount == null ? null : String.format(Locale.ROOT, "%,.2f", amount);
    }

    /** SQL's {@code concat}: null when any part is null. */
    static String concat(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null) {
                return null;
            }
            b.append(p);
        }
        return b.toString();
    }

    /** Spark's {@code trim}: spaces (U+0020) off both ends, nothing else. */
    static String trimSpaces(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }
}
