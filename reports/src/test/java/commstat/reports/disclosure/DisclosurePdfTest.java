package commstat.reports.disclosure;

import commstat.reports.pdf.PdfTools;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Real PDFs read back with poppler, as a resident would read them. */
class DisclosurePdfTest {
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    @Test
    void showsTheChineseCommunityTheTotalsAndAMaskedPerson() throws Exception {
        byte[] pdf = DisclosurePdf.render(new PublishedDisclosure(TestDisclosures.sample("5000.00"), 1, MARCH_1, "first publication"));
        String text = PdfTools.text(pdf);
        assertThat(text).contains("长乐家园社区 2025年第1季度 财务公开", "金坛区", "长兴街道", "第 1 版", "公开日期 2026-03-01");
        assertThat(text).containsPattern("期初余额\\s+100\\.00\\s+100\\.00");
        assertThat(text).containsPattern("收入合计\\s+5,000\\.00\\s+5,000\\.00");
        assertThat(text).containsPattern("支出合计\\s+2,199\\.99\\s+2,199\\.99");
        assertThat(text).containsPattern("期末余额\\s+2,900\\.01\\s+2,900\\.01");
        assertThat(text).contains("王**", "困难救助", "MISSING_APPROVAL", "OUT 1,000.00 without approved_by",
                "371902001001_funds_2025-01_20250201T163735.csv", "相符");
        assertThat(text).doesNotContain("王小明");
    }

    @Test
    void embedsTheCjkFontAndTakesItsDatesFromThePublicationDate() throws Exception {
        byte[] pdf = DisclosurePdf.render(new PublishedDisclosure(TestDisclosures.sample("5000.00"), 1, MARCH_1, ""));
        assertThat(PdfTools.fonts(pdf)).contains("NotoSansSC").doesNotContain(" no  ");
        assertThat(PdfTools.info(pdf)).containsPattern("CreationDate:\\s+2026-03-01T00:00:00\\+08");
    }

    @Test
    void theSameDisclosureAndDateGiveTheSameBytesAndAnotherVersionDiffers() {
        PublishedDisclosure v1 = new PublishedDisclosure(TestDisclosures.sample("5000.00"), 1, MARCH_1, "");
        assertThat(DisclosurePdf.render(v1)).isEqualTo(DisclosurePdf.render(v1));
        byte[] v2 = DisclosurePdf.render(new PublishedDisclosure(TestDisclosures.sample("5100.00"), 2, MARCH_1.plusDays(1),
                "changed since version 1: accounts.TOTAL.closing: 2900.01 → 3000.01"));
        assertThat(v2).isNotEqualTo(DisclosurePdf.render(v1));
    }

    @Test
    void manyAccountsContinueInAnotherBlock() throws Exception {
        Disclosure one = TestDisclosures.sample("5000.00");
        java.util.List<Disclosure.AccountFigures> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Disclosure.AccountFigures a = one.accounts().get(0);
            accounts.add(new Disclosure.AccountFigures("ACC" + i, false, a.opening(), a.items(), a.income(), a.spending(),
                    a.closing(), true));
        }
        accounts.add(one.total());
        Disclosure many = new Disclosure(one.unit(), 2025, 1, one.periodStart(), one.periodEnd(), 3, true, one.lastDeadline(),
                true, true, accounts, one.largePayments(), one.flags(), one.sources());
        String text = PdfTools.text(DisclosurePdf.render(new PublishedDisclosure(many, 1, MARCH_1, "")));
        assertThat(text).contains("ACC0", "ACC4", "ACC5", "合计");
    }

    /** Not a benchmark (targets.md: those are the harness's); prints the warm rate for the report. */
    @Test
    void rendersManyDocumentsWarm() {
        PublishedDisclosure d = new PublishedDisclosure(TestDisclosures.sample("5000.00"), 1, MARCH_1, "");
        for (int i = 0; i < 10; i++) {
            DisclosurePdf.render(d);
        }
        int n = 30;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = cpu.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            bytes += DisclosurePdf.render(d).length;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuMillis = (cpu.getCurrentThreadCpuTime() - c0) / 1e6 / n;
        // CPU time per document says what an idle machine would do: the wall clock on a shared one does not.
        System.out.printf("disclosure PDFs: %d in %.2f s = %.1f per second (warm, one thread, wall); %.1f ms CPU each"
                + " = %.0f per second per core; %d KB each%n", n, seconds, n / seconds, cpuMillis, 1000 / cpuMillis, bytes / n / 1024);
        assertThat(bytes).isPositive();
    }
}
