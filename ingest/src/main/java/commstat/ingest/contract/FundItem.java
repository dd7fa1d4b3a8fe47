package commstat.ingest.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The items of a funds ledger row (contract.md, {@code funds}): six sources of income and seven uses, in the
 * contract's order, with the Chinese label a disclosure shows. Disclosures list every item, zero or not.
 */
public enum FundItem {
    CITY_ALLOCATION(true, "市级拨款"),
    DISTRICT_ALLOCATION(true, "区级拨款"),
    STREET_ALLOCATION(true, "街道拨款"),
    SPECIAL_FUND(true, "专项资金"),
    DONATION(true, "社会捐赠"),
    OTHER_INCOME(true, "其他收入"),
    PUBLIC_SERVICE(false, "公共服务"),
    ACTIVITIES(false, "文体活动"),
    ASSISTANCE(false, "困难救助"),
    MAINTENANCE(false, "维修维护"),
    OFFICE(false, "办公经费"),
    STAFF(false, "人员补贴"),
    OTHER_EXPENSE(false, "其他支出");

    private final boolean income;
    private final String label;

    FundItem(boolean income, String label) {
        this.income = income;
        this.label = label;
    }

    /** {@code IN} items are income, {@code OUT} items spending. */
    public boolean isIncome() {
        return income;
    }

    public String direction() {
        return income ? "IN" : "OUT";
    }

    public String label() {
        return label;
    }

    /** The mart column holding this item's sum: {@code income_city_allocation_cny}, {@code spending_staff_cny}. */
    public String column() {
        return (income ? "income_" : "spending_") + name().toLowerCase(Locale.ROOT) + "_cny";
    }

    public static List<FundItem> incomeItems() {
        return Arrays.stream(values()).filter(FundItem::isIncome).toList();
    }

    public static List<FundItem> spendingItems() {
        return Arrays.stream(values()).filter(i -> !i.isIncome()).toList();
    }
}
