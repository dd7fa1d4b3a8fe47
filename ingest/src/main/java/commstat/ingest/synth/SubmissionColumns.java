package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.util.List;
import java.util.Map;

import static commstat.ingest.synth.Column.Kind.AMOUNT;
import static commstat.ingest.synth.Column.Kind.CODE;
import static commstat.ingest.synth.Column.Kind.DATE;
import static commstat.ingest.synth.Column.Kind.ID_NUMBER;
import static commstat.ingest.synth.Column.Kind.INT;
import static commstat.ingest.synth.Column.Kind.NAME;
import static commstat.ingest.synth.Column.Kind.TEXT;

/**
 * The columns of the four submission templates (contract.md), in the template's order. Employment and floating end
 * with a {@code name} column the generator fills but writes only when a file's style asks for it: committees paste
 * names in, the product must drop them.
 */
final class SubmissionColumns {
    static final Column NAME_COLUMN = new Column("name", "姓名", NAME, true);

    private static final Map<Dataset, List<Column>> COLUMNS = Map.of(
            Dataset.POPULATION, List.of(
                    c("households", "户数", INT), c("registered_residents", "户籍人口", INT),
                    c("resident_population", "常住人口", INT), c("aged_0_17", "0-17岁", INT),
                    c("aged_18_59", "18-59岁", INT), c("aged_60_plus", "60岁及以上", INT),
                    c("births", "出生", INT), c("deaths", "死亡", INT), c("disabled_persons", "残疾人", INT),
                    c("low_income_households", "低保户", INT), c("elderly_living_alone", "独居老人", INT)),
            Dataset.EMPLOYMENT, List.of(
                    c("event_id", "事件编号", TEXT), c("id_number", "身份证号", ID_NUMBER),
                    c("household_id", "户编号", TEXT), c("event_type", "事件类型", CODE),
                    c("event_date", "日期", DATE), opt("difficulty_category", "困难类别", TEXT), NAME_COLUMN),
            Dataset.FLOATING, List.of(
                    c("record_id", "登记编号", TEXT), c("id_number", "身份证号", ID_NUMBER),
                    c("gender", "性别", CODE), c("birth_date", "出生日期", DATE),
                    c("origin_region", "户籍地区划", TEXT), c("registered_on", "登记日期", DATE),
                    opt("departed_on", "离开日期", DATE), c("housing_type", "居住类型", CODE),
                    c("reason", "事由", CODE), NAME_COLUMN),
            Dataset.FUNDS, List.of(
                    c("txn_id", "流水号", TEXT), c("account_no", "账号", TEXT), c("txn_date", "日期", DATE),
                    c("direction", "收支", CODE), c("item", "来源/用途", CODE), c("amount", "金额", AMOUNT),
                    c("voucher_no", "凭证号", TEXT), c("counterparty", "对方", TEXT),
                    c("counterparty_type", "对方类型", CODE), c("purpose", "摘要", TEXT),
                    opt("approved_by", "审批人", TEXT)));

    private SubmissionColumns() {
    }

    static List<Column> of(Dataset dataset) {
        return COLUMNS.get(dataset);
    }

    static int index(Dataset dataset, String code) {
        List<Column> columns = of(dataset);
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + code + " in " + dataset);
    }

    private static Column c(String code, String chinese, Column.Kind kind) {
        return new Column(code, chinese, kind, false);
    }

    private static Column opt(String code, String chinese, Column.Kind kind) {
        return new Column(code, chinese, kind, true);
    }
}
