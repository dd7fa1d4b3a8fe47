package commstat.ingest.landing;

import java.io.Serializable;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/** A row of {@code communities.csv} ({@code ref_communities}); a null {@code establishedOn} means long established. */
public record Community(String code, String name, String streetCode, String streetName, String districtCode,
                        String districtName, LocalDate establishedOn, LocalDate dissolvedOn) implements Serializable {
    public Community {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
        requireNonNull(streetCode, "streetCode is null");
        requireNonNull(streetName, "streetName is null");
        requireNonNull(districtCode, "districtCode is null");
        requireNonNull(districtName, "districtName is null");
    }
}
