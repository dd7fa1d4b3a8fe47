package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger of a community's accounts, month by month. Income is the monthly city and district allocations
 * (these sums go into fiscal_allocations.csv), quarterly street money, special funds and donations; spending is
 * sized to the income and never overdraws an account, except where an Art. 32 trigger is planted on purpose:
 * an off-book account, a closed account still in use, an overdraft, missing approvals, duplicate and split payments.
 */
final class FundsLedger {
    private static final String OFF_BOOK = "off-book";
    private static final String SPLIT = "split";
    private static final String NEAR_MISS = "near-miss";
    private static final String DUPLICATE = "duplicate";
    private static final String OVERDRAFT = "overdraft";
    private static final Label[] OUT_ITEMS = {Label.PUBLIC_SERVICE, Label.ACTIVITIES, Label.ASSISTANCE,
            Label.MAINTENANCE, Label.OFFICE, Label.STAFF, Label.OTHER_EXPENSE};
    private static final double[] OUT_WEIGHTS = {0.25, 0.18, 0.15, 0.12, 0.15, 0.10, 0.05};
    private static final Map<Label, String[]> PURPOSES = Map.of(
            Label.PUBLIC_SERVICE, new String[]{"便民服务站运行费用", "网格化服务费", "环境卫生整治", "垃圾分类宣传"},
            Label.ACTIVITIES, new String[]{"“七一”党员活动", "重阳节敬老活动", "春节联欢会", "全民健身活动器材", "读书会图书"},
            Label.ASSISTANCE, new String[]{"困难家庭慰问金", "临时救助", "春节慰问品", "助学补助"},
            Label.MAINTENANCE, new String[]{"楼道灯维修", "活动室屋面防水", "健身器材维修", "管网维修"},
            Label.OFFICE, new String[]{"办公用品采购", "打印耗材", "报刊订阅", "网络费"},
            Label.STAFF, new String[]{"网格员补贴", "志愿者交通补贴", "协管员补贴"},
            Label.OTHER_EXPENSE, new String[]{"银行手续费", "其他支出", "会议费"});
    private static final String[] ORG_SUFFIX = {"超市", "物业服务有限公司", "维修工程部", "文化传媒有限公司",
            "办公用品商行", "家政服务中心", "建筑安装有限公司", "印务有限公司"};

    private final CommunityPlan community;
    private final SynthRandom random;
    private final GenerationTally tally;
    private final Map<String, BigDecimal> balances = new HashMap<>();
    private final List<String> orgs = new ArrayList<>();
    private final List<String> persons = new ArrayList<>();
    private final List<String> approvers = new ArrayList<>();
    private final int offBookFrom;
    private final int negativeMonth;
    private final int splitMonth;
    private final int nearMissMonth;
    private int txnSequence;

    FundsLedger(CommunityPlan community, SynthRandom random, GenerationTally tally) {
        this.community = community;
        this.random = random;
        this.tally = tally;
        for (SpecialAccount account : community.accounts()) {
            balances.put(account.accountNo(), account.openingBalance() == null ? BigDecimal.ZERO.setScale(2) : account.openingBalance());
        }
        if (community.offBookAccount() != null) {
            balances.put(community.offBookAccount(), BigDecimal.ZERO.setScale(2));
        }
        for (int i = 0; i < 6; i++) {
            orgs.add(ChineseNames.housingArea(random).substring(0, 2) + ORG_SUFFIX[random.between(0, ORG_SUFFIX.length - 1)]);
            persons.add(ChineseNames.person(random));
        }
        approvers.add(ChineseNames.person(random));
        approvers.add(ChineseNames.person(random));
        offBookFrom = random.between(2, 9);
        negativeMonth = random.chance(FaultRates.NEGATIVE_BALANCE_COMMUNITIES) ? random.between(3, 11) : 0;
        splitMonth = random.chance(FaultRates.SPLIT_PAYMENT_COMMUNITIES) ? random.between(1, 12) : 0;
        nearMissMonth = random.chance(FaultRates.SPLIT_NEAR_MISS_COMMUNITIES) ? random.between(1, 12) : 0;
    }

    /** A ledger row before numbering; {@code twinOf} shares its voucher with an earlier row (a re-entered payment). */
    private static final class Txn {
        final String account;
        final LocalDate date;
        final Label direction;
        final Label item;
        final BigDecimal amount;
        final String counterparty;
        final Label counterpartyType;
        final String purpose;
        final String approvedBy;
        Txn twinOf;
        String voucher;
        String group;

        /** Tags a planted trigger, so it bypasses the reserve and is counted once it reaches the ledger. */
        Txn in(String plantedGroup) {
            this.group = plantedGroup;
            return this;
        }

        Txn(String account, LocalDate date, Label direction, Label item, BigDecimal amount, String counterparty,
            Label counterpartyType, String purpose, String approvedBy) {
            this.account = account;
            this.date = date;
            this.direction = direction;
            this.item = item;
            this.amount = amount;
            this.counterparty = counterparty;
            this.counterpartyType = counterpartyType;
            this.purpose = purpose;
            this.approvedBy = approvedBy;
        }
    }

    MonthTable next(YearMonth period) {
        int month = period.getMonthValue();
        List<Txn> incomes = new ArrayList<>();
        List<Txn> spending = new ArrayList<>();
        String primary = community.accounts().get(0).accountNo();
        LocalDate firstDay = later(period.atDay(1), community.accounts().get(0).openedOn());
        if (firstDay.isAfter(period.atEndOfMonth())) {
            return new MonthTable(Dataset.FUNDS, period); // the account is not open yet: an empty ledger
        }
        incomes.add(in(primary, day(firstDay, 8), Label.CITY_ALLOCATION, community.monthlyCityAllocation(),
                community.cityName() + "财政局", month + "月社区工作经费（市级）"));
        incomes.add(in(primary, day(firstDay, 8), Label.DISTRICT_ALLOCATION, community.monthlyDistrictAllocation(),
                community.districtName() + "财政局", month + "月社区工作经费（区级）"));
        if (month % 3 == 0) {
            incomes.add(in(primary, day(firstDay, 20), Label.STREET_ALLOCATION, hundreds(random.uniform(2000, 8000)),
                    community.streetName() + "办事处", "第" + month / 3 + "季度街道补助"));
            BigDecimal interest = balances.get(primary).max(BigDecimal.ZERO).multiply(new BigDecimal("0.000875")).setScale(2, RoundingMode.HALF_UP);
            if (interest.signum() > 0) {
                incomes.add(in(primary, period.atEndOfMonth().isBefore(firstDay) ? firstDay : period.atEndOfMonth(),
                        Label.OTHER_INCOME, interest, "银行利息", "活期结息"));
            }
        }
        if (random.chance(0.15)) {
            double special = random.chance(0.07) ? random.uniform(300000, 600000) : random.logNormal(30000, 0.6);
            incomes.add(in(specialFundAccount(firstDay, period), day(firstDay, 28), Label.SPECIAL_FUND, CityLayout.money(special),
                    community.districtName() + "民政局", "专项资金拨付"));
        }
        if (random.chance(0.08)) {
            boolean person = random.chance(0.4);
            incomes.add(new Txn(primary, day(firstDay, 28), Label.IN, Label.DONATION, CityLayout.money(random.logNormal(1500, 0.8)),
                    person ? random.pick(persons) : random.pick(orgs), person ? Label.PERSON : Label.ORG, "社会捐赠", null));
        }
        BigDecimal income = community.monthlyCityAllocation().add(community.monthlyDistrictAllocation());
        double budget = income.doubleValue() * random.uniform(0.7, 0.98) * Seasonality.spending(month);
        int count = Math.max(1, random.poisson(7 * (0.6 + 0.4 * community.size()) * Seasonality.spending(month)));
        double[] weights = new double[count];
        double sum = 0;
        for (int i = 0; i < count; i++) {
            weights[i] = random.logNormal(1, 1.1);
            sum += weights[i];
        }
        for (int i = 0; i < count; i++) {
            Label item = OUT_ITEMS[random.weighted(OUT_WEIGHTS)];
            spending.add(out(pickAccount(firstDay, period), day(firstDay, period.lengthOfMonth()), item,
                    CityLayout.money(budget * weights[i] / sum)));
        }
        plantTriggers(period, firstDay, primary, incomes, spending);
        return settle(period, incomes, spending, income);
    }

    private void plantTriggers(YearMonth period, LocalDate firstDay, String primary, List<Txn> incomes, List<Txn> spending) {
        int month = period.getMonthValue();
        String offBook = community.offBookAccount();
        if (offBook != null && month >= offBookFrom && (month - offBookFrom) % 3 == 0) {
            // A "small coffer": money parked outside the registered accounts, then spent from there.
            BigDecimal in = CityLayout.money(random.uniform(800, 6000));
            LocalDate date = day(firstDay, 10);
            LocalDate spent = date.plusDays(random.between(1, 10));
            incomes.add(new Txn(offBook, date, Label.IN, Label.OTHER_INCOME, in, random.pick(orgs), Label.ORG, "场地租金", null).in(OFF_BOOK));
            spending.add(new Txn(offBook, spent.isAfter(period.atEndOfMonth()) ? period.atEndOfMonth() : spent, Label.OUT,
                    Label.ACTIVITIES, in.multiply(BigDecimal.valueOf(random.uniform(0.3, 0.9))).setScale(2, RoundingMode.HALF_UP),
                    random.pick(orgs), Label.ORG, "活动支出", random.pick(approvers)).in(OFF_BOOK));
        }
        BigDecimal room = balances.get(primary).subtract(community.monthlyCityAllocation().add(community.monthlyDistrictAllocation()));
        if (month == splitMonth && room.compareTo(new BigDecimal("20000")) >= 0) {
            // Several payments to one supplier on one day, each under the approval threshold, together over it.
            String supplier = random.pick(orgs);
            LocalDate date = day(firstDay, period.lengthOfMonth());
            int parts = random.between(2, 4);
            boolean edge = random.chance(0.15);
            for (int i = 0; i < parts; i++) {
                BigDecimal amount = edge ? new BigDecimal("2500.00") : CityLayout.money(random.uniform(2500, 4999.99));
                spending.add(new Txn(primary, date, Label.OUT, Label.MAINTENANCE, amount, supplier, Label.ORG, "维修工程分期款", random.pick(approvers)).in(SPLIT));
            }
        }
        if (month == nearMissMonth && room.compareTo(new BigDecimal("10000")) >= 0) {
            // Near misses the rule must not flag: consecutive days, or a same-day pair one fen short of the threshold.
            String supplier = random.pick(orgs);
            LocalDate date = day(firstDay, period.lengthOfMonth() - 1);
            boolean sameDay = random.chance(0.5);
            spending.add(new Txn(primary, date, Label.OUT, Label.MAINTENANCE, new BigDecimal("2500.00"), supplier, Label.ORG, "维修材料", random.pick(approvers)).in(NEAR_MISS));
            spending.add(new Txn(primary, sameDay ? date : date.plusDays(1), Label.OUT, Label.MAINTENANCE,
                    sameDay ? new BigDecimal("2499.99") : CityLayout.money(random.uniform(2600, 4900)), supplier, Label.ORG, "维修材料", random.pick(approvers)).in(NEAR_MISS));
        }
    }

    private MonthTable settle(YearMonth period, List<Txn> incomes, List<Txn> spending, BigDecimal monthlyIncome) {
        List<Txn> all = new ArrayList<>(incomes);
        all.addAll(spending);
        // Incomes first within a day, so the running balance is never below the end-of-day balance the product checks.
        all.sort(Comparator.comparing((Txn t) -> t.date).thenComparing(t -> t.direction == Label.IN ? 0 : 1));
        List<Txn> kept = new ArrayList<>();
        List<Txn> twins = new ArrayList<>();
        for (Txn t : all) {
            BigDecimal balance = balances.get(t.account);
            if (t.direction == Label.IN) {
                balances.put(t.account, balance.add(t.amount));
                kept.add(t);
                continue;
            }
            // Ordinary spending keeps a month's income in reserve, so a rejected or missing row upstream
            // cannot push the product's balance below zero by accident; planted rows only need to fit.
            BigDecimal reserve = t.account.equals(community.accounts().get(0).accountNo()) ? monthlyIncome : balance.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
            BigDecimal limit = t.group == null ? balance.subtract(reserve) : balance;
            if (t.amount.compareTo(limit) > 0) {
                continue;
            }
            balances.put(t.account, balance.subtract(t.amount));
            kept.add(t);
            if (t.group == null && random.chance(FaultRates.DUPLICATE_PAYMENT)) {
                // The same payment entered twice, within 3 days (sometimes under the same voucher).
                LocalDate date = t.date.plusDays(random.between(0, 3));
                Txn twin = new Txn(t.account, date.isAfter(period.atEndOfMonth()) ? period.atEndOfMonth() : date, Label.OUT,
                        t.item, t.amount, t.counterparty, t.counterpartyType, t.purpose, t.approvedBy).in(DUPLICATE);
                twin.twinOf = random.chance(0.2) ? t : null;
                twins.add(twin);
            }
        }
        for (Txn twin : twins) {
            BigDecimal balance = balances.get(twin.account);
            if (twin.amount.compareTo(balance.subtract(monthlyIncome)) <= 0) {
                balances.put(twin.account, balance.subtract(twin.amount));
                kept.add(twin);
            }
        }
        String primary = community.accounts().get(0).accountNo();
        LocalDate overdraftDate = period.atEndOfMonth().minusDays(random.between(0, 5));
        if (period.getMonthValue() == negativeMonth && !overdraftDate.isBefore(community.accounts().get(0).openedOn())) {
            // An overdraft: a repair bill larger than what the account holds.
            BigDecimal balance = balances.get(primary);
            BigDecimal amount = balance.max(BigDecimal.ZERO).add(CityLayout.money(random.uniform(500, 20000)));
            kept.add(new Txn(primary, overdraftDate, Label.OUT, Label.MAINTENANCE, amount, random.pick(orgs), Label.ORG,
                    "紧急抢修工程款", random.pick(approvers)).in(OVERDRAFT));
            balances.put(primary, balance.subtract(amount));
        }
        kept.sort(Comparator.comparing((Txn t) -> t.date).thenComparing(t -> t.direction == Label.IN ? 0 : 1));
        countTriggers(kept);
        MonthTable table = new MonthTable(Dataset.FUNDS, period);
        int voucher = 0;
        for (Txn t : kept) {
            t.voucher = t.twinOf != null && t.twinOf.voucher != null ? t.twinOf.voucher
                    : String.format("记-%02d-%04d", period.getMonthValue(), ++voucher);
        }
        for (Txn t : kept) {
            String approval = t.approvedBy;
            if (t.direction == Label.OUT && approval != null && random.chance(community.habit().missingApprovalRate())) {
                approval = null;
            }
            if (t.direction == Label.OUT && approval == null) {
                tally.plant(Planted.MISSING_APPROVAL);
            }
            table.rows().add(new Object[]{
                    String.format("LS%d%05d", period.getYear(), ++txnSequence), t.account, t.date, t.direction, t.item,
                    t.amount, t.voucher, t.counterparty, t.counterpartyType, t.purpose, approval});
        }
        return table;
    }

    /** Counts what reached the ledger: a trigger whose rows did not fit the balance is not counted. */
    private void countTriggers(List<Txn> kept) {
        int split = 0;
        int nearMiss = 0;
        for (Txn t : kept) {
            if (OFF_BOOK.equals(t.group)) {
                tally.plant(Planted.OFF_BOOK_TXN);
            } else if (SPLIT.equals(t.group)) {
                split++;
            } else if (NEAR_MISS.equals(t.group)) {
                nearMiss++;
            } else if (DUPLICATE.equals(t.group)) {
                tally.plant(Planted.DUPLICATE_PAYMENT);
            } else if (OVERDRAFT.equals(t.group)) {
                tally.plant(Planted.NEGATIVE_BALANCE_EVENT);
            }
            SpecialAccount account = account(t.account);
            if (account != null && !account.openOn(t.date)) {
                tally.plant(Planted.CLOSED_ACCOUNT_TXN);
            }
        }
        if (split >= 2) {
            tally.plant(Planted.SPLIT_PAYMENT_GROUP);
        }
        if (nearMiss == 2) {
            tally.plant(Planted.SPLIT_NEAR_MISS);
        }
    }

    private Txn in(String account, LocalDate date, Label item, BigDecimal amount, String from, String purpose) {
        return new Txn(account, date, Label.IN, item, amount, from, Label.ORG, purpose, null);
    }

    private Txn out(String account, LocalDate date, Label item, BigDecimal amount) {
        boolean person = item == Label.STAFF || item == Label.ASSISTANCE || item == Label.PUBLIC_SERVICE && random.chance(0.3);
        String[] purposes = PURPOSES.get(item);
        return new Txn(account, date, Label.OUT, item, amount, person ? random.pick(persons) : random.pick(orgs),
                person ? Label.PERSON : Label.ORG, purposes[random.between(0, purposes.length - 1)], random.pick(approvers));
    }

    /** Special funds go to a second account when there is one (a project account), the primary otherwise. */
    private String specialFundAccount(LocalDate firstDay, YearMonth period) {
        List<SpecialAccount> accounts = community.accounts();
        if (accounts.size() > 1) {
            SpecialAccount other = accounts.get(1);
            boolean closed = other.closedOn() != null && other.closedOn().isBefore(period.atEndOfMonth());
            if (!other.openedOn().isAfter(firstDay) && (!closed || other.usedAfterClosing())) {
                return other.accountNo();
            }
        }
        return accounts.get(0).accountNo();
    }

    /** The primary account mostly; a secondary when open, or after closing when the committee kept using it. */
    private String pickAccount(LocalDate firstDay, YearMonth period) {
        List<SpecialAccount> accounts = community.accounts();
        if (accounts.size() > 1 && random.chance(0.3)) {
            SpecialAccount other = accounts.get(random.between(1, accounts.size() - 1));
            boolean opened = !other.openedOn().isAfter(firstDay);
            boolean closed = other.closedOn() != null && other.closedOn().isBefore(period.atEndOfMonth());
            if (opened && (!closed || other.usedAfterClosing())) {
                return other.accountNo();
            }
        }
        return accounts.get(0).accountNo();
    }

    private SpecialAccount account(String accountNo) {
        for (SpecialAccount a : community.accounts()) {
            if (a.accountNo().equals(accountNo)) {
                return a;
            }
        }
        return null;
    }

    private LocalDate day(LocalDate firstDay, int lastDay) {
        int from = firstDay.getDayOfMonth();
        int to = Math.max(from, Math.min(lastDay, firstDay.lengthOfMonth()));
        return firstDay.withDayOfMonth(random.between(from, to));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static BigDecimal hundreds(double value) {
        return BigDecimal.valueOf(Math.round(value / 100) * 100L).setScale(2, RoundingMode.UNNECESSARY);
    }
}
