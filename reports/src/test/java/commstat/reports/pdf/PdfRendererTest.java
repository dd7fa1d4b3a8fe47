package commstat.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final PdfDocumentInfo INFO =
            new PdfDocumentInfo("测试报告 2025", "commstat", LocalDate.of(2026, 1, 15), "20260115-001");

    private static byte[] render(PdfDocumentInfo info) {
        return PdfRenderer.render("reports/pdf/hello.jrxml", Map.of("TITLE", "社区考核测试"),
                List.of(Map.of("community_name", "和平里社区", "score", new BigDecimal("87.25")),
                        Map.of("community_name", "东湖街道第一社区", "score", new BigDecimal("59.99"))),
                info);
    }

    @Test
    void chineseTextAndNumbersComeBackFromThePdf() throws Exception {
        String text = PdfTools.text(render(INFO));

        assertThat(text).contains("社区考核测试", "和平里社区", "东湖街道第一社区", "87.25", "59.99")
                .contains("运行日期 2026-01-15", "快照 20260115-001", "第 1 页");
    }

    @Test
    void theCjkFontIsEmbeddedAndNoOtherFontAppears() throws Exception {
        String fonts = PdfTools.fonts(render(INFO));
        List<String> rows = fonts.lines().skip(2).toList();

        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row)
                .contains("NotoSansSC").contains("Identity-H").containsPattern("\\byes\\s+yes\\s+yes\\b"));
    }

    @Test
    void twoRendersGiveTheSameBytes() {
        assertThat(render(INFO)).isEqualTo(render(INFO));
    }

    @Test
    void creationDateTitleAndAuthorComeFromTheRunNotTheClock() throws Exception {
        String info = PdfTools.info(render(INFO));

        assertThat(info).containsPattern("CreationDate:\\s+2026-01-15T00:00:00\\+08")
                .containsPattern("ModDate:\\s+2026-01-15T00:00:00\\+08")
                .containsPattern("Title:\\s+测试报告 2025").containsPattern("Author:\\s+commstat");
        assertThat(render(new PdfDocumentInfo("测试报告 2025", "commstat", LocalDate.of(2026, 1, 16), "20260115-001")))
                .isNotEqualTo(render(INFO));
    }

    @Test
    void anUnknownTemplateIsNamedInTheError() {
        assertThatThrownBy(() -> PdfRenderer.render("reports/pdf/nope.jrxml", Map.of(), List.of(), INFO))
                .hasMessageContaining("reports/pdf/nope.jrxml is not on the classpath");
    }
}
