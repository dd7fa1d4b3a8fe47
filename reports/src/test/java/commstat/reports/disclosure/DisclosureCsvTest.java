package commstat.reports.disclosure;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DisclosureCsvTest {
    final PublishedDisclosure published = new PublishedDisclosure(TestDisclosures.sample("5000.00"), 1,
            LocalDate.of(2026, 3, 1), "first publication");
    final byte[] bytes = DisclosureCsv.render(published);
    final String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    final List<String> lines = List.of(text.split("\r\n", -1));

    @Test
    void startsWithTheUtf8BomAndShowsTheChineseNames() {
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(lines).contains("社区 community,长乐家园社区", "街道 street,长兴街道", "区 district,金坛区",
                "公开日期 publication_date,2026-03-01", "版本 version,1");
    }

    @Test
    void freeTextStartingWithAFormulaCharacterIsNeutralisedAndMoneyStaysANumber() {
        assertThat(lines).contains("2025-02-01,V2,6228048575724890995,困难救助,1200.00,王**,\"'=HYPERLINK(\"\"x\"\")救助\"",
                "2025-02-10,'-V3,6228048575724890995,办公经费,1000.00,\"'@文具店, 北京\",'+办公用品");
        assertThat(text).doesNotContain(",=", ",+", ",@", ",\"=");
    }

    @Test
    void balancesPerAccountAndTotalWithEveryItem() {
        String total = lines.stream().filter(l -> l.startsWith("合计 TOTAL,")).findFirst().orElseThrow();
        // opening, 6 income items, 7 spending items, income, spending, closing, reconciles
        assertThat(total).isEqualTo("合计 TOTAL,100.00,5000.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,1200.00,0.00,999.99,"
                + "0.00,0.00,5000.00,2199.99,2900.01,true");
        assertThat(lines).anyMatch(l -> l.startsWith("账号 account_no,期初余额 opening_cny,市级拨款 income_city_allocation_cny,"));
    }

    @Test
    void neutralisingLeavesOrdinaryTextAlone() {
        assertThat(DisclosureCsv.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(DisclosureCsv.neutralise("-5")).isEqualTo("'-5");
        assertThat(DisclosureCsv.neutralise("王**")).isEqualTo("王**");
        assertThat(DisclosureCsv.neutralise("a=b")).isEqualTo("a=b");
    }
}
