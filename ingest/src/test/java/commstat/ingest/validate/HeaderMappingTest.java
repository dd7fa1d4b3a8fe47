package commstat.ingest.validate;

import commstat.ingest.contract.Dataset;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderMappingTest {
    private static final List<FieldSpec> FUNDS = SubmissionFields.of(Dataset.FUNDS);

    @Test
    void englishIsCaseInsensitiveChineseExactAndBothTrimmedAfterNfkc() {
        HeaderMapping m = HeaderMapping.map(List.of(" TXN_ID ", "账号", "\u3000日期", "Direction", "来源/用途",
                "金额", "voucher_no", "对方", "counterparty_type", "摘要"), FUNDS);
        assertThat(m.missing()).isEmpty();
        assertThat(m.columnOfField()).startsWith(0, 1, 2, 3, 4, 5);
        assertThat(m.columnOfField()[10]).as("approved_by is optional and absent").isEqualTo(-1);
    }

    @Test
    void nameColumnsAreDroppedSilentlyAndOthersWarned() {
        HeaderMapping m = HeaderMapping.map(List.of("txn_id", "Name", "姓名", "remark", "备注", "remark"), FUNDS);
        assertThat(m.warnings()).containsExactly("unknown column 'remark' ignored", "unknown column '备注' ignored");
        assertThat(m.missing()).startsWith("account_no", "txn_date");
    }

    @Test
    void aSecondColumnForAFieldIsTheDuplicate() {
        HeaderMapping m = HeaderMapping.map(List.of("amount", "txn_id", "金额"), FUNDS);
        assertThat(m.duplicateColumn()).isEqualTo("金额");
    }
}
