package commstat.reports.disclosure;

import commstat.ingest.contract.FundItem;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of a disclosure, for Excel: UTF-8 with a BOM (so the Chinese shows), CRLF, RFC 4180 quoting, in
 * blocks separated by an empty line (the header facts, balances, large payments, flags, sources), each block
 * with its own header row (Chinese label and English code). A text cell starting with {@code = + - @} (or a tab
 * or carriage return) gets a leading {@code '} so no spreadsheet runs it as a formula; money is a plain number.
 */
public final class DisclosureCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private DisclosureCsv() {
    }

    public static byte[] render(PublishedDisclosure published) {
        Disclosure d = published.content();
        Disclosure.Unit u = d.unit();
        StringBuilder out = new StringBuilder();
        row(out, text("项目 field"), text("值 value"));
        row(out, text("社区代码 community_code"), text(u.communityCode()));
        row(out, text("社区 community"), text(u.communityName()));
        row(out, text("街道 street"), text(u.streetName()));
        row(out, text("区 district"), text(u.districtName()));
        row(out, text("季度 quarter"), text(d.quarterLabel()));
        row(out, text("版本 version"), Integer.toString(published.version()));
        row(out, text("公开日期 publication_date"), published.publicationDate().toString());
        row(out, text("变更说明 change_note"), text(published.changeNote()));
        row(out, text("已结 closed"), Boolean.toString(d.closed()));
        out.append("\r\n");

        List<String> header = new ArrayList<>(List.of(text("账号 account_no"), text("期初余额 opening_cny")));
        for (FundItem item : FundItem.values()) {
            header.add(text(item.label() + " " + item.column()));
        }
        header.addAll(List.of(text("收入合计 income_cny"), text("支出合计 spending_cny"), text("期末余额 closing_cny"),
                text("核对 reconciles")));
        row(out, header.toArray(String[]::new));
        for (Disclosure.AccountFigures a : d.accounts()) {
            List<String> cells = new ArrayList<>(List.of(text(a.total() ? "合计 TOTAL" : a.accountNo()),
                    DisclosureJson.money(a.opening())));
            for (FundItem item : FundItem.values()) {
                cells.add(DisclosureJson.money(a.item(item)));
            }
            cells.addAll(List.of(DisclosureJson.money(a.income()), DisclosureJson.money(a.spending()),
                    DisclosureJson.money(a.closing()), Boolean.toString(a.reconciled())));
            row(out, cells.toArray(String[]::new));
        }
        out.append("\r\n");

        row(out, text("日期 date"), text("凭证号 voucher_no"), text("账号 account_no"), text("用途 item"),
                text("金额 amount_cny"), text("对方 counterparty"), text("摘要 purpose"));
        for (Disclosure.LargePayment p : d.largePayments()) {
            row(out, p.date().toString(), text(p.voucherNo()), text(p.accountNo()), text(p.item().label()),
                    DisclosureJson.money(p.amount()), text(p.counterparty()), text(p.purpose()));
        }
        out.append("\r\n");

        row(out, text("标记 flag"), text("日期 date"), text("账号 account_no"), text("流水号 txn_id"),
                text("金额 amount_cny"), text("原因 why"));
        for (Disclosure.FlagEntry f : d.flags()) {
            row(out, text(f.flag()), f.date().toString(), text(f.accountNo()), text(f.txnId()),
                    f.amount() == null ? "" : DisclosureJson.money(f.amount()), text(f.why()));
        }
        out.append("\r\n");

        row(out, text("月份 period"), text("文件 file"), text("提交时间 submitted_at"));
        for (Disclosure.Source s : d.sources()) {
            row(out, text(s.period()), text(s.fileName()), DisclosureJson.DATE_TIME.format(s.submittedAt()));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    /** A text cell: neutralised against formula injection, then quoted if it needs to be. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return quote(neutralise(value));
    }

    /** {@code =1+1} → {@code '=1+1}: spreadsheets treat a leading apostrophe as "this is text". */
    static String neutralise(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String quote(String value) {
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    private static void row(StringBuilder out, String... cells) {
        out.append(String.join(",", cells)).append("\r\n");
    }
}
