package commstat.ingest.synth;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The district office's reference files, consistent with the layout: communities, registered accounts, opening
 * balances, housing areas and assessment inputs before the submissions; fiscal allocations after, because they
 * must agree with what the ledgers received (except where a withheld-funds gap or an Art. 6 shortfall is planted).
 */
final class ReferenceWriter {
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path dir;
    private final long seed;

    ReferenceWriter(Path dir, long seed) {
        this.dir = dir;
        this.seed = seed;
    }

    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    private void write(String file, List<String> header, Rows rows) {
        try (Writer w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSV)) {
            printer.printRecord(header);
            rows.print(printer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeBeforeSubmissions(CityLayout layout) {
        List<CommunityPlan> communities = layout.communities();
        write("communities.csv", List.of("community_code", "community_name", "street_code", "street_name",
                "district_code", "district_name", "established_on", "dissolved_on"), p -> {
            for (CommunityPlan c : communities) {
                p.printRecord(c.code(), c.name(), c.streetCode(), c.streetName(), c.districtCode(), c.districtName(),
                        text(c.establishedOn()), text(c.dissolvedOn()));
            }
        });
        write("special_accounts.csv", List.of("account_no", "community_code", "opened_on", "closed_on"), p -> {
            for (CommunityPlan c : communities) {
                for (SpecialAccount a : c.accounts()) {
                    p.printRecord(a.accountNo(), a.communityCode(), a.openedOn(), text(a.closedOn()));
                }
            }
        });
        LocalDate asOf = LocalDate.of(layout.year() - 1, 12, 31);
        write("opening_balances.csv", List.of("account_no", "community_code", "as_of", "balance"), p -> {
            for (CommunityPlan c : communities) {
                for (SpecialAccount a : c.accounts()) {
                    if (a.openingBalance() != null) {
                        p.printRecord(a.accountNo(), a.communityCode(), asOf, a.openingBalance().toPlainString());
                    }
                }
            }
        });
        write("housing_areas.csv", List.of("area_code", "area_name", "district_code", "urban_rural_fringe",
                "served_by_community_code", "own_committee", "housing_units", "occupied_units", "as_of"), p -> housingAreas(layout, p));
        write("assessment_inputs.csv", List.of("year", "community_code", "indicator", "value"), p -> assessmentInputs(layout, p));
    }

    private void housingAreas(CityLayout layout, CSVPrinter p) throws IOException {
        LocalDate asOf = LocalDate.of(layout.year(), 12, 31);
        Map<String, Integer> seq = new java.util.HashMap<>();
        for (CommunityPlan c : layout.communities()) {
            SynthRandom random = SynthRandom.of(seed, "housing", c.index());
            if (!random.chance(0.4)) {
                continue;
            }
            boolean fringe = random.chance(0.35);
            int units;
            int occupied;
            if (fringe && random.chance(0.4)) {
                // Near the Art. 14 threshold (1,000 units, over 50% occupied): both sides of each edge.
                units = random.pick(List.of(999, 1000, 1000, 1001, 1050, 1200, 1860, 2400));
                double occupancy = random.pick(List.of(0.40, 0.45, 0.5, 0.501, 0.55, 0.7, 0.9));
                occupied = (int) Math.round(units * occupancy);
            } else {
                units = (int) Math.round(Math.min(4000, Math.max(80, random.logNormal(500, 0.7))));
                occupied = (int) Math.round(units * random.uniform(0.2, 0.98));
            }
            boolean own = units >= 1000 && random.chance(0.15);
            String code = String.format("XQ%s%03d", c.districtCode(), seq.merge(c.districtCode(), 1, Integer::sum));
            p.printRecord(code, ChineseNames.housingArea(random), c.districtCode(), fringe, c.code(), own, units, occupied, asOf);
        }
    }

    private void assessmentInputs(CityLayout layout, CSVPrinter p) throws IOException {
        for (CommunityPlan c : layout.communities()) {
            SynthRandom random = SynthRandom.of(seed, "assessment", c.index());
            // A missing input now and then (2% per indicator): the assessment must treat it as missing.
            if (random.chance(0.98)) {
                double satisfaction = Math.min(99.9, Math.max(40, 100 - random.logNormal(12, 0.6)));
                p.printRecord(layout.year(), c.code(), "SATISFACTION", BigDecimal.valueOf(satisfaction).setScale(1, RoundingMode.HALF_UP));
            }
            if (random.chance(0.98)) {
                p.printRecord(layout.year(), c.code(), "STREET_EVALUATION", random.between(60, 100));
            }
            if (random.chance(0.98)) {
                p.printRecord(layout.year(), c.code(), "SAFETY_INCIDENTS", random.poisson(6 * c.size()));
            }
        }
    }

    /**
     * Art. 6 and Art. 7 inputs, one row per year and unit. Allocated equals what the ledgers received, except for
     * the planted cases: a unit whose allocation did not all arrive (withheld, gap 3-15%), and a unit that
     * allocated less than one-thousandth of its income increase.
     */
    void writeFiscalAllocations(CityLayout layout, Map<String, BigDecimal> cityReceived, Map<String, BigDecimal> districtReceived) {
        write("fiscal_allocations.csv", List.of("year", "level", "unit_code", "fiscal_income_increase", "community_funds_allocated"), p -> {
            for (CityLayout.City city : layout.cities()) {
                allocation(p, layout.year(), "CITY", city.code(), cityReceived.getOrDefault(city.code(), BigDecimal.ZERO), false, false);
            }
            List<CityLayout.District> districts = layout.districts();
            int withheld = SynthRandom.of(seed, "withheld").between(0, districts.size() - 1);
            for (int d = 0; d < districts.size(); d++) {
                String code = districts.get(d).code();
                allocation(p, layout.year(), "DISTRICT", code, districtReceived.getOrDefault(code, BigDecimal.ZERO),
                        d == withheld, d == (withheld + 1) % districts.size());
            }
        });
    }

    /** One district is always withheld and the next one always short (so even scale 0.1 shows both); others by chance. */
    private void allocation(CSVPrinter p, int year, String level, String unit, BigDecimal received, boolean forceWithheld,
                            boolean forceShortfall) throws IOException {
        SynthRandom random = SynthRandom.of(seed, "allocation", unit);
        boolean withheld = forceWithheld || level.equals("DISTRICT") && random.chance(0.15);
        BigDecimal allocated = withheld
                ? received.multiply(BigDecimal.valueOf(random.uniform(1.03, 1.15))).setScale(2, RoundingMode.HALF_UP)
                : received;
        boolean shortfall = forceShortfall || random.chance(0.2);
        double factor = shortfall ? random.uniform(1.02, 1.4) : random.uniform(0.5, 0.98);
        BigDecimal increase = allocated.multiply(BigDecimal.valueOf(1000 * factor)).setScale(-2, RoundingMode.HALF_UP).setScale(2);
        p.printRecord(year, level, unit, increase.toPlainString(), allocated.toPlainString());
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
