package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;
import commstat.reports.pdf.PdfDocumentInfo;
import commstat.reports.pdf.PdfRenderer;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The official PDF of a disclosure (JasperReports, {@code reports/disclosure/disclosure.jrxml}, Noto Sans SC
 * embedded). All text is made here, so the template only places it: the header (community, street, district,
 * quarter, version, publication date, change note), the balances per account and in total with every item (at
 * most five money columns a block: more accounts continue in the next block), the large payments (persons already
 * masked), the flags with why, and the source submissions. The PDF's dates and document ID come from the
 * publication date, so a rerun writes the same bytes.
 */
public final class DisclosurePdf {
    static final String TEMPLATE = "reports/disclosure/disclosure.jrxml";
    private static final int MONEY_COLUMNS = 5;

    private DisclosurePdf() {
    }

    public static byte[] render(PublishedDisclosure published) {
        Disclosure d = published.content();
        Disclosure.Unit u = d.unit();
        String title = u.communityName() + " " + d.year() + "年第" + d.quarter() + "季度 财务公开";
        Map<String, Object> params = new HashMap<>();
        params.put("TITLE", title);
        params.put("SUBTITLE", u.districtName() + " · " + u.streetName() + " · 社区代码 " + u.communityCode()
                + " · 期间 " + d.periodStart() + " 至 " + d.periodEnd() + " · 第 " + published.version() + " 版 · 公开日期 "
                + published.publicationDate()
                + (published.version() > 1 ? "\n变更说明: " + published.changeNote() : ""));
        params.put("FOOTER", title + " · 第 " + published.version() + " 版 · 公开日期 " + published.publicationDate());
        PdfDocumentInfo info = new PdfDocumentInfo(title + " v" + published.version(), u.districtName() + " 财政",
                published.publicationDate(), "disclosure " + u.communityCode() + " " + d.quarterLabel() + " v" + published.version());
        return PdfRenderer.render(TEMPLATE, params, rows(d), info);
    }

    static List<Map<String, String>> rows(Disclosure d) {
        List<Map<String, String>> rows = new ArrayList<>();
        rows.add(row("head", "一、收支情况（元）"));
        List<Disclosure.AccountFigures> accounts = d.accounts();
        for (int from = 0; from < accounts.size(); from += MONEY_COLUMNS) {
            List<Disclosure.AccountFigures> block = accounts.subList(from, Math.min(accounts.size(), from + MONEY_COLUMNS));
            List<String> header = new ArrayList<>(List.of("项目 / 账号"));
            block.forEach(a -> header.add(a.total() ? "合计" : a.accountNo()));
            rows.add(row("grid", header.toArray(String[]::new)));
            rows.add(grid("期初余额", block, a -> money(a.opening())));
            for (FundItem item : FundItem.incomeItems()) {
                rows.add(grid("收入：" + item.label(), block, a -> money(a.item(item))));
            }
            rows.add(grid("收入合计", block, a -> money(a.income())));
            for (FundItem item : FundItem.spendingItems()) {
                rows.add(grid("支出：" + item.label(), block, a -> money(a.item(item))));
            }
            rows.add(grid("支出合计", block, a -> money(a.spending())));
            rows.add(grid("期末余额", block, a -> money(a.closing())));
            rows.add(grid("核对：期初+收入−支出=期末", block, a -> a.reconciled() ? "相符" : "不符"));
        }

        rows.add(row("head", "二、大额支出（" + d.largePayments().size() + " 笔）"));
        if (d.largePayments().isEmpty()) {
            rows.add(row("text", "无"));
        } else {
            rows.add(row("pay", "日期", "凭证号", "用途", "金额（元）", "对方", "摘要"));
            for (Disclosure.LargePayment p : d.largePayments()) {
                rows.add(row("pay", p.date().toString(), p.voucherNo(), p.item().label(), money(p.amount()), p.counterparty(),
                        p.purpose()));
            }
        }

        rows.add(row("head", "三、资金规则提示（" + d.flags().size() + " 项）"));
        if (d.flags().isEmpty()) {
            rows.add(row("text", "无"));
        }
        for (Disclosure.FlagEntry f : d.flags()) {
            rows.add(row("text", f.flag() + "\n" + f.date() + (f.txnId() == null ? "" : " · " + f.txnId()), f.why()));
        }

        rows.add(row("head", "四、数据来源（" + d.sources().size() + " 份报送）"));
        if (d.sources().isEmpty()) {
            rows.add(row("text", "无"));
        }
        for (Disclosure.Source s : d.sources()) {
            rows.add(row("text", s.period() + " · " + DisclosureJson.DATE_TIME.format(s.submittedAt()).replace('T', ' '),
                    s.fileName()));
        }
        rows.add(row("text", "状态", (d.closed() ? "已结" : "未结") + "（" + d.monthsIn() + "/3 个月已报送；最后报送截止 "
                + DisclosureJson.DATE_TIME.format(d.lastDeadline()).replace('T', ' ') + "）"));
        return rows;
    }

    private static Map<String, String> grid(String label, List<Disclosure.AccountFigures> block,
                                            java.util.function.Function<Disclosure.AccountFigures, String> value) {
        List<String> cells = new ArrayList<>(List.of(label));
        block.forEach(a -> cells.add(value.apply(a)));
        return row("grid", cells.toArray(String[]::new));
    }

    private static Map<String, String> row(String layout, String... cells) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("layout", layout);
        for (int i = 0; i < 7; i++) {
            r.put("c" + i, i < cells.length ? cells[i] : null);
        }
        return r;
    }

    /** DecimalFormat is not thread-safe and costly to build (a disclosure formats about 200 amounts): one per thread. */
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        return f;
    });

    /** {@code 12,345.60}: grouped for reading, exact (the BigDecimal itself is formatted). */
    static String money(BigDecimal amount) {
        return MONEY.get().format(amount);
    }
}
