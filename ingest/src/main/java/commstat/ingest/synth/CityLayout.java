package commstat.ingest.synth;

import commstat.ingest.contract.Dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The administrative layout of the synthetic city at a scale: 600 × scale communities in 6 × scale districts,
 * streets in between, codes in the national 4 + 2 + 3 + 3 layout. Districts are grouped into cities of at most
 * 20 (a 4-digit city code has room for 99) so scale 10 and 100 stay valid codes.
 */
record CityLayout(int year, List<City> cities, List<District> districts, List<CommunityPlan> communities) {
    private static final int DISTRICTS_PER_CITY = 20;
    private static final String PROVINCE = "22";

    record City(String code, String name) {
    }

    record District(String code, String name, String cityCode) {
    }

    CityLayout {
        cities = List.copyOf(cities);
        districts = List.copyOf(districts);
        communities = List.copyOf(communities);
    }

    static int communityCount(double scale) {
        return Math.max(1, (int) Math.round(600 * scale));
    }

    /** 6 × scale, but at least two (the scale table's 0.1 → 2), so district comparisons always have a pair. */
    static int districtCount(double scale) {
        return Math.max(1, Math.min(communityCount(scale), Math.max(2, (int) Math.round(6 * scale))));
    }

    static CityLayout build(double scale, long seed, int year) {
        int communityCount = communityCount(scale);
        int districtCount = districtCount(scale);
        SynthRandom names = SynthRandom.of(seed, "names");
        List<City> cities = new ArrayList<>();
        List<District> districts = new ArrayList<>();
        List<CommunityPlan> communities = new ArrayList<>();
        Set<String> cityNames = new HashSet<>();
        Set<String> districtNames = new HashSet<>();
        int cityCount = (districtCount + DISTRICTS_PER_CITY - 1) / DISTRICTS_PER_CITY;
        for (int c = 0; c < cityCount; c++) {
            cities.add(new City(String.format("%s%02d", PROVINCE, c + 1), ChineseNames.city(names, cityNames)));
        }
        for (int d = 0; d < districtCount; d++) {
            City city = cities.get(d / DISTRICTS_PER_CITY);
            String code = String.format("%s%02d", city.code(), d % DISTRICTS_PER_CITY + 2);
            districts.add(new District(code, ChineseNames.district(names, districtNames), city.code()));
        }
        int index = 0;
        for (int d = 0; d < districtCount; d++) {
            District district = districts.get(d);
            City city = cities.get(d / DISTRICTS_PER_CITY);
            int inDistrict = communityCount / districtCount + (d < communityCount % districtCount ? 1 : 0);
            SynthRandom streets = SynthRandom.of(seed, "streets", d);
            int streetCount = Math.max(1, (int) Math.round(inDistrict / streets.uniform(7, 12)));
            int[] perStreet = spread(inDistrict, streetCount, streets);
            Set<String> streetNames = new HashSet<>();
            Set<String> communityNames = new HashSet<>();
            for (int s = 0; s < streetCount; s++) {
                String streetCode = String.format("%s%03d", district.code(), s + 1);
                String streetName = ChineseNames.street(names, streetNames);
                for (int k = 0; k < perStreet[s]; k++) {
                    String code = String.format("%s%03d", streetCode, k + 1);
                    String name = ChineseNames.community(names, communityNames);
                    communities.add(community(index++, code, name, streetCode, streetName, district, city, seed, year));
                }
            }
        }
        return new CityLayout(year, cities, districts, communities);
    }

    /** {@code total} communities over {@code parts} streets, each at least one, unevenly. */
    private static int[] spread(int total, int parts, SynthRandom random) {
        int[] counts = new int[parts];
        for (int i = 0; i < parts; i++) {
            counts[i] = 1;
        }
        for (int left = total - parts; left > 0; left--) {
            counts[random.between(0, parts - 1)]++;
        }
        return counts;
    }

    private static CommunityPlan community(int index, String code, String name, String streetCode, String streetName,
                                           District district, City cityOf, long seed, int year) {
        SynthRandom random = SynthRandom.of(seed, "community", index);
        // Lognormal sizes (median ~0.9, mean ~1), and 1% resettlement giants: the outliers every city has.
        double size = Math.min(3.5, Math.max(0.3, random.logNormal(0.9, 0.45)));
        if (random.chance(0.01)) {
            size *= 4;
        }
        LocalDate established = null;
        LocalDate dissolved = null;
        double u = random.uniform();
        if (u < 0.03) {
            established = LocalDate.of(year, random.between(2, 10), random.between(1, 28));
        } else if (u < 0.04) {
            dissolved = LocalDate.of(year, random.between(4, 10), 1).plusMonths(1).minusDays(1);
        }
        if (established == null && random.chance(0.95)) {
            established = LocalDate.of(random.between(1998, year - 1), random.between(1, 12), random.between(1, 28));
        }
        CommunityHabit habit = habit(random);
        LocalDate firstOpen = established == null ? LocalDate.of(year - 8, 1, 1) : established;
        List<SpecialAccount> accounts = new ArrayList<>();
        // Every 40th community (from the 6th) keeps using a closed second account; every 25th (from the 13th) has
        // an off-book one: fixed by index, so even the 60-community demo city has both Art. 32 cases.
        boolean forceClosedInUse = index % FaultRates.CLOSED_IN_USE_EVERY_NTH_COMMUNITY == 5;
        int accountCount = Math.max(forceClosedInUse ? 2 : 1, random.weighted(0.78, 0.19, 0.03) + 1);
        for (int a = 0; a < accountCount; a++) {
            LocalDate opened = firstOpen.plusDays(random.between(3, 60) + 400L * a);
            if (opened.getYear() >= year && established != null && established.getYear() < year) {
                opened = LocalDate.of(year - 1, random.between(1, 12), random.between(1, 28));
            }
            if (forceClosedInUse && a == 1 && opened.getYear() >= year && (established == null || established.getYear() < year)) {
                opened = LocalDate.of(year - 1, 12, 1); // open before the year, so its use after closing shows
            }
            LocalDate closed = null;
            boolean usedAfterClosing = false;
            if (a > 0 && (random.chance(0.15) || forceClosedInUse && a == 1)) {
                closed = LocalDate.of(year, random.between(4, 10), 1).plusMonths(1).minusDays(1);
                usedAfterClosing = forceClosedInUse && a == 1 || random.chance(FaultRates.CLOSED_ACCOUNT_STILL_USED);
            }
            BigDecimal opening = opened.getYear() < year
                    ? money(random.logNormal(a == 0 ? 60000 : 15000, 0.6) * size)
                    : null;
            // 19 digits, unique by construction: bank prefix, the community code, the account's place.
            String accountNo = "62" + code + a + random.digits(4);
            accounts.add(new SpecialAccount(accountNo, code, opened, closed, opening, usedAfterClosing));
        }
        String offBook = index % FaultRates.OFF_BOOK_EVERY_NTH_COMMUNITY == 12 ? "955" + random.digits(16) : null;
        BigDecimal city = hundreds((3000 + 5000 * size) * random.uniform(0.8, 1.2));
        BigDecimal districtAllocation = hundreds(city.doubleValue() * random.uniform(1.2, 1.8));
        return new CommunityPlan(index, code, name, streetCode, streetName, district.code(), district.name(),
                cityOf.code(), cityOf.name(), established, dissolved,
                size, habit, accounts, offBook, city, districtAllocation);
    }

    private static CommunityHabit habit(SynthRandom random) {
        SubmissionFormat format = FaultRates.pickFormat(random);
        boolean chinese = format == SubmissionFormat.CSV_GB18030 || random.chance(FaultRates.CHINESE_HEADER_COMMUNITIES);
        double late = random.chance(FaultRates.LATE_PRONE_COMMUNITIES) ? FaultRates.LATE_RATE_PRONE : FaultRates.LATE_RATE;
        double approval = random.chance(FaultRates.SLOPPY_APPROVAL_COMMUNITIES)
                ? FaultRates.MISSING_APPROVAL_SLOPPY : FaultRates.MISSING_APPROVAL;
        Dataset lapse = null;
        int from = 0;
        int length = 0;
        if (random.chance(FaultRates.LAPSE_COMMUNITIES)) {
            lapse = Dataset.values()[random.between(0, 3)];
            length = random.between(2, 4);
            from = random.between(2, 12 - length + 1);
        }
        return new CommunityHabit(format, chinese, late, approval, lapse, from, length);
    }

    static BigDecimal money(double value) {
        return BigDecimal.valueOf(Math.max(0.01, value)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal hundreds(double value) {
        return BigDecimal.valueOf(Math.max(1, Math.round(value / 100)) * 100L).setScale(2, RoundingMode.UNNECESSARY);
    }
}
