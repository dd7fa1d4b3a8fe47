package commstat.jobs.statistics;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Art. 14 alerts: a housing area in the urban-rural fringe without its own committee, with at least the
 * threshold of housing units and an occupancy over 50% needs a committee ({@code required}); over 40% it is
 * {@code approaching}. For an area listed several times the latest {@code as_of} wins. Occupancy is compared
 * exactly; a city has a few hundred areas, so this runs on the driver.
 */
public final class Art14Alerts {
    public static final String TABLE = "art14_alerts";
    public static final String REQUIRED = "required";
    public static final String APPROACHING = "approaching";
    public static final String NONE = "none";

    static final StructType SCHEMA = new StructType()
            .add("area_code", DataTypes.StringType, false)
            .add("area_name", DataTypes.StringType, true)
            .add("district_code", DataTypes.StringType, true)
            .add("served_by_community_code", DataTypes.StringType, true)
            .add("urban_rural_fringe", DataTypes.BooleanType, true)
            .add("own_committee", DataTypes.BooleanType, true)
            .add("housing_units", DataTypes.IntegerType, true)
            .add("occupied_units", DataTypes.IntegerType, true)
            .add("as_of", DataTypes.DateType, true)
            .add("occupancy", DataTypes.createDecimalType(9, 6), true)
            .add("status", DataTypes.StringType, false)
            .add("reason", DataTypes.StringType, false);

    private final WarehouseTables tables;
    private final Art14Thresholds thresholds;

    public Art14Alerts(WarehouseTables tables, Art14Thresholds thresholds) {
        this.tables = tables;
        this.thresholds = thresholds;
    }

    /** One area's decision. */
    public record Alert(String status, BigDecimal occupancy, String reason) {
    }

    public Dataset<Row> build() {
        Map<String, Row> latest = new TreeMap<>();
        Comparator<Row> byAsOf = Comparator.comparing((Row r) -> (LocalDate) r.getAs("as_of"),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        for (Row r : tables.read("ref_housing_areas").collectAsList()) {
            // latest as_of wins; on equal as_of the later row in the table (they are written in file order)
            latest.merge(r.getAs("area_code"), r, (a, b) -> byAsOf.compare(b, a) >= 0 ? b : a);
        }
        List<Row> rows = new ArrayList<>();
        for (Row r : latest.values()) {
            Alert a = decide(bool(r, "urban_rural_fringe"), bool(r, "own_committee"),
                    r.getAs("housing_units"), r.getAs("occupied_units"));
            rows.add(RowFactory.create(r.getAs("area_code"), r.getAs("area_name"), r.getAs("district_code"),
                    r.getAs("served_by_community_code"), r.getAs("urban_rural_fringe"), r.getAs("own_committee"),
                    r.getAs("housing_units"), r.getAs("occupied_units"), r.getAs("as_of"),
                    a.occupancy(), a.status(), a.reason()));
        }
        return tables.spark().createDataFrame(rows, SCHEMA);
    }

    public Alert decide(boolean fringe, boolean ownCommittee, Integer units, Integer occupied) {
        BigDecimal occupancy = units == null || occupied == null || units == 0 ? null
                : BigDecimal.valueOf(occupied).divide(BigDecimal.valueOf(units), 6, RoundingMode.HALF_UP);
        if (units == null || occupied == null || units == 0) {
            return new Alert(NONE, null, "no housing units");
        }
        if (!fringe) {
            return new Alert(NONE, occupancy, "not in the urban-rural fringe");
        }
        if (ownCommittee) {
            return new Alert(NONE, occupancy, "has its own committee");
        }
        if (units < thresholds.minHousingUnits()) {
            return new Alert(NONE, occupancy, units + " housing units, below " + thresholds.minHousingUnits());
        }
        // occupied ÷ units > t  ⟺  occupied > t × units, exactly
        BigDecimal occ = BigDecimal.valueOf(occupied);
        BigDecimal all = BigDecimal.valueOf(units);
        if (occ.compareTo(thresholds.requiredOccupancyAbove().multiply(all)) > 0) {
            return new Alert(REQUIRED, occupancy, occupied + " of " + units + " units occupied, over "
                    + percent(thresholds.requiredOccupancyAbove()));
        }
        if (occ.compareTo(thresholds.approachingOccupancyAbove().multiply(all)) > 0) {
            return new Alert(APPROACHING, occupancy, occupied + " of " + units + " units occupied, over "
                    + percent(thresholds.approachingOccupancyAbove()));
        }
        return new Alert(NONE, occupancy, occupied + " of " + units + " units occupied, not over "
                + percent(thresholds.approachingOccupancyAbove()));
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static boolean bool(Row r, String field) {
        Object v = r.getAs(field);
        return v != null && (Boolean) v;
    }
}
