package commstat.jobs.assessment;

import java.time.LocalDate;
import java.util.Objects;

/** A community of {@code ref_communities}; {@code establishedOn} null means long established. */
public record Community(String code, String name, String streetCode, String districtCode,
                        LocalDate establishedOn, LocalDate dissolvedOn) {
    public Community {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(streetCode, "streetCode is null");
        Objects.requireNonNull(districtCode, "districtCode is null");
    }
}
