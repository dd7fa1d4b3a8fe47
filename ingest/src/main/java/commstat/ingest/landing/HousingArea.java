package commstat.ingest.landing;

import java.io.Serializable;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** An Art. 14 housing area, a row of {@code housing_areas.csv}; {@code servedByCommunityCode} may be null. */
public record HousingArea(String areaCode, String areaName, String districtCode, boolean urbanRuralFringe,
                          String servedByCommunityCode, boolean ownCommittee, int housingUnits, int occupiedUnits,
                          LocalDate asOf) implements Serializable {
    public HousingArea {
        requireNonNull(areaCode, "areaCode is null");
        requireNonNull(areaName, "areaName is null");
        requireNonNull(districtCode, "districtCode is null");
        requireNonNull(asOf, "asOf is null");
    }
}
