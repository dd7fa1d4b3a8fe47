package commstat.reports.disclosure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import commstat.ingest.contract.FundItem;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a disclosure. {@link #content} is everything but the version block: what "the quarter changed"
 * is judged on (funds.md) and what a change note compares. Money is a string with 2 decimals (exact), dates ISO.
 */
public final class DisclosureJson {
    public static final int FORMAT_VERSION = 1;
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DisclosureJson() {
    }

    /** The published file: UTF-8, two-space indented, one trailing newline. */
    public static byte[] render(PublishedDisclosure d) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format_version", FORMAT_VERSION);
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("version", d.version());
        publication.put("publication_date", d.publicationDate().toString());
        publication.put("change_note", d.changeNote());
        doc.put("publication", publication);
        doc.putAll(content(d.content()));
        return bytes(doc);
    }

    /** Canonical bytes of the content alone (what its SHA-256 is taken over). */
    public static byte[] contentBytes(Disclosure d) {
        return bytes(content(d));
    }

    public static Map<String, Object> content(Disclosure d) {
        Map<String, Object> c = new LinkedHashMap<>();
        Disclosure.Unit u = d.unit();
        c.put("community_code", u.communityCode());
        c.put("community_name", u.communityName());
        c.put("street_code", u.streetCode());
        c.put("street_name", u.streetName());
        c.put("district_code", u.districtCode());
        c.put("district_name", u.districtName());
        c.put("quarter", d.quarterLabel());
        c.put("period_start", d.periodStart().toString());
        c.put("period_end", d.periodEnd().toString());
        c.put("months_in", d.monthsIn());
        c.put("all_months_in", d.allMonthsIn());
        c.put("last_deadline", DATE_TIME.format(d.lastDeadline()));
        c.put("deadline_passed", d.deadlinePassed());
        c.put("closed", d.closed());
        Map<String, Object> accounts = new LinkedHashMap<>();
        for (Disclosure.AccountFigures a : d.accounts()) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("opening", money(a.opening()));
            Map<String, Object> income = new LinkedHashMap<>();
            Map<String, Object> spending = new LinkedHashMap<>();
            for (FundItem item : FundItem.values()) {
                (item.isIncome() ? income : spending).put(item.name(), money(a.item(item)));
            }
            f.put("income", income);
            f.put("income_total", money(a.income()));
            f.put("spending", spending);
            f.put("spending_total", money(a.spending()));
            f.put("closing", money(a.closing()));
            f.put("reconciles", a.reconciled());
            accounts.put(a.accountNo(), f);
        }
        c.put("accounts", accounts);
        List<Object> payments = new ArrayList<>();
        for (Disclosure.LargePayment p : d.largePayments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", p.date().toString());
            m.put("account_no", p.accountNo());
            m.put("voucher_no", p.voucherNo());
            m.put("item", p.item().name());
            m.put("amount", money(p.amount()));
            m.put("counterparty", p.counterparty());
            m.put("counterparty_type", p.counterpartyType());
            m.put("purpose", p.purpose());
            payments.add(m);
        }
        c.put("large_payments", payments);
        List<Object> flags = new ArrayList<>();
        for (Disclosure.FlagEntry f : d.flags()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("flag", f.flag());
            m.put("date", f.date().toString());
            m.put("account_no", f.accountNo());
            m.put("txn_id", f.txnId());
            m.put("amount", f.amount() == null ? null : money(f.amount()));
            m.put("why", f.why());
            flags.add(m);
        }
        c.put("flags", flags);
        List<Object> sources = new ArrayList<>();
        for (Disclosure.Source s : d.sources()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("period", s.period());
            m.put("file", s.fileName());
            m.put("submitted_at", DATE_TIME.format(s.submittedAt()));
            sources.add(m);
        }
        c.put("sources", sources);
        return c;
    }

    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }

    private static byte[] bytes(Object tree) {
        try {
            return (JSON.writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write disclosure JSON: " + e.getMessage(), e);
        }
    }
}
