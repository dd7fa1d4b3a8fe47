package commstat.jobs.statistics.publication;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A community of {@code ref_communities} as the public tables need it: its street and when it exists. */
record StreetCommunity(String code, String name, String streetCode, String streetName, String districtCode,
                       LocalDate establishedOn, LocalDate dissolvedOn) implements Serializable {

    /** Exists in the month: established by its last day and not dissolved before its first. */
    boolean existsIn(YearMonth month) {
        return (establishedOn == null || !establishedOn.isAfter(month.atEndOfMonth()))
                && (dissolvedOn == null || !dissolvedOn.isBefore(month.atDay(1)));
    }

    /** The communities of the reference by code and by street (a province has thousands: read on the driver). */
    record Index(Map<String, StreetCommunity> byCode, Map<String, List<StreetCommunity>> byStreet) implements Serializable {
        static Index of(Dataset<Row> refCommunities) {
            Map<String, StreetCommunity> byCode = new TreeMap<>();
            for (Row r : refCommunities.select("community_code", "community_name", "street_code", "street_name",
                    "district_code", "established_on", "dissolved_on").collectAsList()) {
                byCode.put(r.getString(0), new StreetCommunity(r.getString(0), r.getString(1), r.getString(2),
                        r.getString(3), r.getString(4), (LocalDate) r.get(5), (LocalDate) r.get(6)));
            }
            Map<String, List<StreetCommunity>> byStreet = new HashMap<>();
            for (StreetCommunity c : byCode.values()) { // by code, so each street's list is too
                byStreet.computeIfAbsent(c.streetCode(), k -> new ArrayList<>()).add(c);
            }
            return new Index(byCode, byStreet);
        }

        /** The community's street, "" when the code is not in the reference. */
        String streetOf(String communityCode) {
            StreetCommunity c = byCode.get(communityCode);
            return c == null ? "" : c.streetCode();
        }
    }
}
