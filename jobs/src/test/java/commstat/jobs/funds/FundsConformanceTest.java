package commstat.jobs.funds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import commstat.jobs.ConformanceWarehouse;
import commstat.jobs.TestPaths;
import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest and then the funds job on {@code shared/conformance}, for 2025 with the run date 2026-03-01,
 * against {@code expected.json}: flag counts, flagged transactions, negative account-months, Benford, Art. 6,
 * withheld funds and the per-account quarter balances of the disclosures. Each test lists every mismatch.
 */
class FundsConformanceTest {
    static final int YEAR = 2025;

    static Path warehouse;
    static JsonNode expected;
    static FundsRunSummary summary;

    @BeforeAll
    static void ingestAndRunFunds() throws Exception {
        expected = new ObjectMapper().readTree(TestPaths.conformance().resolve("expected.json").toFile());
        warehouse = ConformanceWarehouse.path(); // ingested once per test JVM; the funds tables are added to it
        summary = new FundsJob(TestSpark.session(), FundsConfig.defaults()).run(warehouse, YEAR, LocalDate.of(2026, 3, 1));
        System.out.println("FundsJob on the conformance warehouse: " + summary.elapsed().toMillis() + " ms");
    }

    @Test
    void flagCountsPerCommunityAndTheAnomalyPointsBuiltFromThem() {
        Map<String, String> wanted = new TreeMap<>();
        Map<String, String> wantedPoints = new TreeMap<>();
        expected.get("fund_flags").get("counts").fields().forEachRemaining(c -> {
            int points = 0;
            for (Iterator<Map.Entry<String, JsonNode>> it = c.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                wanted.put(c.getKey() + " " + f.getKey(), f.getValue().asText());
                points += FundFlag.valueOf(f.getKey()).points() * f.getValue().asInt();
            }
            wantedPoints.put(c.getKey(), String.valueOf(points));
        });
        Map<String, String> actual = new TreeMap<>();
        for (Row r : table("fund_flag_counts").where(col("year").equalTo(YEAR)).collectAsList()) {
            actual.put(r.getAs("community_code") + " " + r.getAs("flag"), String.valueOf((Object) r.getAs("flag_count")));
        }
        Map<String, String> actualPoints = new TreeMap<>();
        for (Row r : table("fund_anomaly_points").where(col("fund_anomaly_points").isNotNull()).collectAsList()) {
            actualPoints.put(r.getAs("community_code"), String.valueOf((Object) r.getAs("fund_anomaly_points")));
        }
        assertNoMismatches("fund_flags.counts", wanted, actual);
        assertNoMismatches("fund_anomaly_points", wantedPoints, actualPoints);
    }

    @Test
    void everyFlaggedTransaction() {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode t : expected.get("fund_flags").get("transactions")) {
            wanted.add(String.join(" ", t.get("community").asText(), t.get("txn_id").asText(), t.get("flag").asText(),
                    t.get("txn_date").asText()));
        }
        Set<String> actual = new TreeSet<>();
        for (Row r : table("fund_flags").where(col("txn_id").isNotNull().and(col("year").equalTo(YEAR))).collectAsList()) {
            actual.add(String.join(" ", r.getAs("community_code"), r.getAs("txn_id"), r.getAs("flag"),
                    r.getAs("txn_date").toString()));
        }
        assertNoMismatches("fund_flags.transactions", wanted, actual);
    }

    @Test
    void everyNegativeAccountMonth() {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode n : expected.get("fund_flags").get("negative_balance")) {
            wanted.add(n.get("community").asText() + " " + n.get("account_no").asText() + " " + n.get("month").asText());
        }
        Set<String> actual = new TreeSet<>();
        for (Row r : table("fund_flags").where(col("flag").equalTo("NEGATIVE_BALANCE").and(col("year").equalTo(YEAR)))
                .collectAsList()) {
            actual.add(r.getAs("community_code") + " " + r.getAs("account_no") + " " + r.getAs("month"));
        }
        assertNoMismatches("fund_flags.negative_balance", wanted, actual);
    }

    @Test
    void benfordOfEveryCommunityWithEnoughAmounts() {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode b : expected.get("fund_flags").get("benford")) {
            wanted.add(String.join(" ", b.get("community").asText(), b.get("n").asText(),
                    new BigDecimal(b.get("mad").asText()).setScale(6, RoundingMode.HALF_UP).toPlainString(),
                    b.get("nonconforming").asText()));
        }
        Set<String> actual = new TreeSet<>();
        for (Row r : table("fund_benford").where(col("year").equalTo(YEAR).and(col("is_judged"))).collectAsList()) {
            actual.add(String.join(" ", r.getAs("community_code"), String.valueOf((Object) r.getAs("n")),
                    BigDecimal.valueOf((double) r.getAs("mad")).setScale(6, RoundingMode.HALF_UP).toPlainString(),
                    String.valueOf((Object) r.getAs("is_nonconforming"))));
        }
        assertNoMismatches("fund_flags.benford", wanted, actual);
    }

    @Test
    void art6OfEveryAllocationRow() {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode a : expected.get("art6")) {
            wanted.add(String.join(" ", a.get("year").asText(), a.get("level").asText(), a.get("unit_code").asText(),
                    a.get("required").asText(), a.get("allocated").asText(), a.get("compliant").asText(),
                    a.get("shortfall").asText()));
        }
        Set<String> actual = new TreeSet<>();
        for (Row r : table("art6_allocations").collectAsList()) {
            actual.add(String.join(" ", String.valueOf((Object) r.getAs("year")), r.getAs("level"), r.getAs("unit_code"),
                    plain(r, "required_cny"), plain(r, "allocated_cny"), String.valueOf((Object) r.getAs("is_compliant")),
                    plain(r, "shortfall_cny")));
        }
        assertNoMismatches("art6", wanted, actual);
    }

    @Test
    void withheldFundsOfEveryAllocationRow() {
        Set<String> wanted = new TreeSet<>();
        for (JsonNode w : expected.get("withheld")) {
            wanted.add(String.join(" ", w.get("year").asText(), w.get("level").asText(), w.get("unit_code").asText(),
                    w.get("allocated").asText(), w.get("received").asText(), w.get("gap").asText(), w.get("flagged").asText()));
        }
        Set<String> actual = new TreeSet<>();
        for (Row r : table("withheld_funds").collectAsList()) {
            actual.add(String.join(" ", String.valueOf((Object) r.getAs("year")), r.getAs("level"), r.getAs("unit_code"),
                    plain(r, "allocated_cny"), plain(r, "received_cny"), plain(r, "gap_cny"),
                    String.valueOf((Object) r.getAs("is_flagged"))));
        }
        assertNoMismatches("withheld", wanted, actual);
    }

    /** Per account and quarter: opening, income, spending, closing of the disclosures, from the monthly balances. */
    @Test
    void quarterBalancesOfEveryDisclosedAccount() {
        Map<String, String> wanted = new TreeMap<>();
        Set<String> disclosed = new TreeSet<>();
        for (JsonNode d : expected.get("disclosures")) {
            String key = d.get("community").asText() + " " + d.get("quarter").asText();
            disclosed.add(key);
            d.get("accounts").fields().forEachRemaining(a -> {
                if (!a.getKey().equals("TOTAL")) {
                    JsonNode v = a.getValue();
                    wanted.put(key + " " + a.getKey(), String.join(" ", v.get("opening").asText(),
                            v.get("income_total").asText(), v.get("spending_total").asText(), v.get("closing").asText()));
                }
            });
        }
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Row r : table("fund_balances_monthly").where(col("year").equalTo(YEAR)).orderBy("month").collectAsList()) {
            String month = r.getAs("month");
            String key = r.getAs("community_code") + " " + YEAR + "-Q" + ((Integer.parseInt(month.substring(5)) + 2) / 3);
            if (!disclosed.contains(key)) {
                continue;
            }
            BigDecimal[] s = sums.computeIfAbsent(key + " " + r.getAs("account_no"),
                    k -> new BigDecimal[] {r.getAs("opening_cny"), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null});
            s[1] = s[1].add(r.getAs("income_cny"));
            s[2] = s[2].add(r.getAs("spending_cny"));
            s[3] = r.getAs("closing_cny");
        }
        Map<String, String> actual = new TreeMap<>();
        sums.forEach((k, s) -> actual.put(k, s[0].toPlainString() + " " + s[1].toPlainString() + " "
                + s[2].toPlainString() + " " + s[3].toPlainString()));
        assertNoMismatches("disclosures (per account)", wanted, actual);
    }

    /**
     * Every field of every {@code disclosures} entry: status, per account and TOTAL the opening, income and spending
     * by item and in total, closing and reconciliation, the large-payment count, the flag counts and the sources; and
     * no disclosure of 2025 that expected.json does not list.
     */
    @Test
    void everyFieldOfEveryDisclosure() {
        Map<String, String> wanted = new TreeMap<>();
        for (JsonNode d : expected.get("disclosures")) {
            String key = d.get("community").asText() + " " + d.get("quarter").asText();
            wanted.put(key + " status", String.join(" ", d.get("all_months_in").asText(), d.get("deadline_passed").asText(),
                    d.get("closed").asText()));
            wanted.put(key + " large_payments", d.get("large_payments").asText());
            Map<String, String> flags = new TreeMap<>();
            d.get("flags").fields().forEachRemaining(f -> flags.put(f.getKey(), f.getValue().asText()));
            wanted.put(key + " flags", flags.toString());
            List<String> sources = new ArrayList<>();
            for (JsonNode s : d.get("sources")) {
                sources.add(s.get("file").asText() + "@" + s.get("submitted_at").asText());
            }
            wanted.put(key + " sources", sources.toString());
            d.get("accounts").fields().forEachRemaining(a -> {
                JsonNode v = a.getValue();
                String k = key + " " + a.getKey();
                wanted.put(k + " opening", v.get("opening").asText());
                wanted.put(k + " income_total", v.get("income_total").asText());
                wanted.put(k + " spending_total", v.get("spending_total").asText());
                wanted.put(k + " closing", v.get("closing").asText());
                wanted.put(k + " reconciles", v.get("reconciles").asText());
                v.get("income").fields().forEachRemaining(i -> wanted.put(k + " income " + i.getKey(), i.getValue().asText()));
                v.get("spending").fields().forEachRemaining(i -> wanted.put(k + " spending " + i.getKey(), i.getValue().asText()));
            });
        }

        Map<String, String> actual = new TreeMap<>();
        Set<String> ofYear = new TreeSet<>();
        for (Row r : table("disclosure_quarters").where(col("year").equalTo(YEAR)).collectAsList()) {
            String key = r.getAs("community_code") + " " + r.getAs("quarter_label");
            ofYear.add(key);
            actual.put(key + " status", r.getAs("all_months_in") + " " + r.getAs("deadline_passed") + " " + r.getAs("is_closed"));
            actual.put(key + " large_payments", String.valueOf((Object) r.getAs("large_payment_count")));
            actual.put(key + " flags", "{}");
            actual.put(key + " sources", "[]");
        }
        Map<String, Map<String, Integer>> flags = new TreeMap<>();
        for (Row r : table("disclosure_flags").where(col("year").equalTo(YEAR)).collectAsList()) {
            flags.computeIfAbsent(key(r), k -> new TreeMap<>()).merge(r.getAs("flag"), 1, Integer::sum);
        }
        flags.forEach((k, f) -> actual.put(k + " flags", f.toString()));
        Map<String, List<String>> sources = new TreeMap<>();
        for (Row r : table("disclosure_sources").where(col("year").equalTo(YEAR)).orderBy("period").collectAsList()) {
            sources.computeIfAbsent(key(r), k -> new ArrayList<>()).add(r.getAs("file_name") + "@"
                    + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").format(r.<java.time.LocalDateTime>getAs("submitted_at")));
        }
        sources.forEach((k, s) -> actual.put(k + " sources", s.toString()));
        for (Row r : table("disclosure_accounts").where(col("year").equalTo(YEAR)).collectAsList()) {
            String k = key(r) + " " + r.getAs("account_no");
            actual.put(k + " opening", plain(r, "opening_cny"));
            actual.put(k + " income_total", plain(r, "income_cny"));
            actual.put(k + " spending_total", plain(r, "spending_cny"));
            actual.put(k + " closing", plain(r, "closing_cny"));
            actual.put(k + " reconciles", String.valueOf((Object) r.getAs("is_reconciled")));
            for (commstat.ingest.contract.FundItem item : commstat.ingest.contract.FundItem.values()) {
                actual.put(k + (item.isIncome() ? " income " : " spending ") + item.name(), plain(r, item.column()));
            }
        }
        assertThat(ofYear).as("disclosures of 2025").hasSize(expected.get("disclosures").size());
        assertNoMismatches("disclosures", wanted, actual);
    }

    /**
     * The closed disclosures published from the conformance marts in all three formats: none of their files (the
     * PDF read back with pdftotext) holds a PERSON counterparty's name, a person key, or an approver's name field;
     * and every TOTAL reconciles.
     */
    @Test
    void publishedDisclosuresNameNoPersonAndReconcile() throws Exception {
        java.nio.file.Path store = java.nio.file.Files.createTempDirectory("commstat-publication-");
        commstat.reports.publication.PublicationResult r = commstat.reports.publication.DisclosurePublisher.standard()
                .publish(warehouse, store, LocalDate.of(2026, 3, 1));
        assertThat(r.firstVersions()).isEqualTo(expected.get("disclosures").size());
        Set<String> persons = new TreeSet<>();
        for (Row p : table("stg_funds").where(col("counterparty_type").equalTo("PERSON")).select("counterparty").distinct()
                .collectAsList()) {
            persons.add(p.getString(0));
        }
        Set<String> keys = new TreeSet<>();
        for (Row k : table("stg_floating").select("person_key").distinct().limit(2000).collectAsList()) {
            keys.add(k.getString(0));
        }
        assertThat(persons).isNotEmpty();
        List<String> leaks = new ArrayList<>();
        int pdfs = 0;
        for (String f : r.filesWritten()) {
            java.nio.file.Path file = store.resolve(f);
            String text = f.endsWith(".pdf") ? pdfText(file)
                    : java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            pdfs += f.endsWith(".pdf") ? 1 : 0;
            for (String p : persons) {
                if (p.codePointCount(0, p.length()) > 1 && text.contains(p)) {
                    leaks.add(f + " names " + p);
                }
            }
            keys.stream().filter(text::contains).forEach(k -> leaks.add(f + " holds a person key"));
            if (f.endsWith(".json")) {
                JsonNode doc = new ObjectMapper().readTree(file.toFile());
                doc.get("accounts").forEach(a -> assertThat(a.get("reconciles").asBoolean()).as(f).isTrue());
            }
        }
        assertThat(pdfs).isEqualTo(expected.get("disclosures").size());
        assertThat(leaks).isEmpty();
        assertThat(commstat.reports.publication.PublicationVerifier.verify(store).problems()).isEmpty();
    }

    /** The PDF as a reader sees it: poppler's pdftotext. */
    private static String pdfText(java.nio.file.Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pdftotext " + pdf + ": " + out).isZero();
        return out;
    }

    private static String key(Row r) {
        return r.getAs("community_code") + " " + r.getAs("year") + "-Q" + r.getAs("quarter");
    }

    private static void assertNoMismatches(String what, Map<String, String> wanted, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        for (String k : new TreeSet<>(union(wanted.keySet(), actual.keySet()))) {
            String w = wanted.get(k);
            String a = actual.get(k);
            if (w == null || !w.equals(a)) {
                problems.add(k + ": expected " + w + ", got " + a);
            }
        }
        assertThat(problems).as(what + " mismatches").isEmpty();
    }

    private static void assertNoMismatches(String what, Set<String> wanted, Set<String> actual) {
        List<String> problems = new ArrayList<>();
        wanted.stream().filter(w -> !actual.contains(w)).forEach(w -> problems.add("missing: " + w));
        actual.stream().filter(a -> !wanted.contains(a)).forEach(a -> problems.add("unexpected: " + a));
        assertThat(problems).as(what + " mismatches").isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static String plain(Row r, String column) {
        return r.<BigDecimal>getAs(column).toPlainString();
    }

    private static org.apache.spark.sql.Dataset<Row> table(String name) {
        return TestSpark.session().read().parquet(warehouse.resolve(name).toString());
    }
}
