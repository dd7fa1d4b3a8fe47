package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;

import java.util.List;

import static commstat.ingest.validate.FieldKind.AMOUNT;
import static commstat.ingest.validate.FieldKind.IDENTIFIER;
import static commstat.ingest.validate.FieldKind.INT;
import static commstat.ingest.validate.FieldKind.REGION;
import static commstat.ingest.validate.FieldKind.RESIDENT_ID;
import static commstat.ingest.validate.FieldKind.TEXT;
import static commstat.ingest.validate.FieldSpec.PeriodRule.INSIDE_MONTH;
import static commstat.ingest.validate.FieldSpec.PeriodRule.NONE;
import static commstat.ingest.validate.FieldSpec.PeriodRule.NOT_AFTER_MONTH_END;
import static commstat.ingest.validate.FieldSpec.code;
import static commstat.ingest.validate.FieldSpec.date;
import static commstat.ingest.validate.FieldSpec.field;
import static commstat.ingest.validate.FieldSpec.optional;

/** The contract's four templates, column by column in the contract's order (which decides the first fault). */
public final class SubmissionFields {
    public static final CodeList EVENT_TYPES = CodeList.of(
            "UNEMPLOYED_REGISTERED", "失业登记", "EMPLOYED", "实现就业", "FLEXIBLE_VERIFIED", "灵活就业认定",
            "TRAINING", "职业培训", "ENTREPRENEURSHIP", "创业指导", "ZERO_HOUSEHOLD_DECLARED", "零就业家庭认定",
            "ZERO_HOUSEHOLD_CLEARED", "零就业家庭消除");
    public static final CodeList GENDERS = CodeList.of("M", "男", "F", "女");
    public static final CodeList HOUSING_TYPES = CodeList.of(
            "RENTAL", "租赁", "EMPLOYER", "单位宿舍", "RELATIVE", "投亲靠友", "OTHER", "其他");
    public static final CodeList REASONS = CodeList.of(
            "WORK", "务工", "BUSINESS", "经商", "STUDY", "就学", "FAMILY", "随迁", "OTHER", "其他");
    public static final CodeList DIRECTIONS = CodeList.of("IN", "收入", "OUT", "支出");
    public static final CodeList INCOME_ITEMS = CodeList.of(
            "CITY_ALLOCATION", "市级拨款", "DISTRICT_ALLOCATION", "区级拨款", "STREET_ALLOCATION", "街道拨款",
            "SPECIAL_FUND", "专项资金", "DONATION", "社会捐赠", "OTHER_INCOME", "其他收入");
    public static final CodeList SPENDING_ITEMS = CodeList.of(
            "PUBLIC_SERVICE", "公共服务", "ACTIVITIES", "文体活动", "ASSISTANCE", "困难救助", "MAINTENANCE", "维修维护",
            "OFFICE", "办公经费", "STAFF", "人员补贴", "OTHER_EXPENSE", "其他支出");
    public static final CodeList ITEMS = CodeList.union(INCOME_ITEMS, SPENDING_ITEMS);
    public static final CodeList COUNTERPARTY_TYPES = CodeList.of("ORG", "单位", "PERSON", "个人");

    private static final List<FieldSpec> POPULATION = List.of(
            field("households", "户数", INT), field("registered_residents", "户籍人口", INT),
            field("resident_population", "常住人口", INT), field("aged_0_17", "0-17岁", INT),
            field("aged_18_59", "18-59岁", INT), field("aged_60_plus", "60岁及以上", INT),
            field("births", "出生", INT), field("deaths", "死亡", INT), field("disabled_persons", "残疾人", INT),
            field("low_income_households", "低保户", INT), field("elderly_living_alone", "独居老人", INT));
    private static final List<FieldSpec> EMPLOYMENT = List.of(
            field("event_id", "事件编号", IDENTIFIER), field("id_number", "身份证号", RESIDENT_ID),
            field("household_id", "户编号", IDENTIFIER), code("event_type", "事件类型", EVENT_TYPES),
            date("event_date", "日期", INSIDE_MONTH), optional("difficulty_category", "困难类别", TEXT));
    private static final List<FieldSpec> FLOATING = List.of(
            field("record_id", "登记编号", IDENTIFIER), field("id_number", "身份证号", RESIDENT_ID),
            code("gender", "性别", GENDERS), date("birth_date", "出生日期", NONE),
            field("origin_region", "户籍地区划", REGION), date("registered_on", "登记日期", NOT_AFTER_MONTH_END),
            new FieldSpec("departed_on", "离开日期", FieldKind.DATE, true, null, NONE),
            code("housing_type", "居住类型", HOUSING_TYPES), code("reason", "事由", REASONS));
    private static final List<FieldSpec> FUNDS = List.of(
            field("txn_id", "流水号", IDENTIFIER), field("account_no", "账号", IDENTIFIER),
            date("txn_date", "日期", INSIDE_MONTH), code("direction", "收支", DIRECTIONS),
            code("item", "来源/用途", ITEMS), field("amount", "金额", AMOUNT), field("voucher_no", "凭证号", IDENTIFIER),
            field("counterparty", "对方", TEXT), code("counterparty_type", "对方类型", COUNTERPARTY_TYPES),
            field("purpose", "摘要", TEXT), optional("approved_by", "审批人", TEXT));

    private SubmissionFields() {
    }

    public static List<FieldSpec> of(Dataset dataset) {
        return switch (dataset) {
            case POPULATION -> POPULATION;
            case EMPLOYMENT -> EMPLOYMENT;
            case FLOATING -> FLOATING;
            case FUNDS -> FUNDS;
        };
    }

    /** The column whose value must be unique within one file, or null ({@code DUPLICATE_KEY}). */
    static String uniqueKey(Dataset dataset) {
        return switch (dataset) {
            case EMPLOYMENT -> "event_id";
            case FUNDS -> "txn_id";
            default -> null;
        };
    }
}
