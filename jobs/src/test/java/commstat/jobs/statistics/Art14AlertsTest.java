package commstat.jobs.statistics;

import commstat.jobs.TestSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class Art14AlertsTest {
    static final Art14Thresholds DEFAULT = new Art14Thresholds(1000, new BigDecimal("0.5"), new BigDecimal("0.4"));

    @TempDir
    Path dir;

    @Test
    void occupancyIsComparedExactlyAgainstStrictThresholds() {
        Art14Alerts a = new Art14Alerts(null, DEFAULT);
        assertThat(a.decide(true, false, 1000, 501).status()).isEqualTo("required");
        assertThat(a.decide(true, false, 1000, 500).status()).isEqualTo("approaching");
        assertThat(a.decide(true, false, 1001, 401).status()).isEqualTo("approaching");
        assertThat(a.decide(true, false, 1000, 400).status()).isEqualTo("none");
        assertThat(a.decide(true, false, 999, 800).status()).isEqualTo("none");
        assertThat(a.decide(true, true, 3000, 2500).status()).isEqualTo("none");
        assertThat(a.decide(false, false, 3000, 2500).status()).isEqualTo("none");
        assertThat(a.decide(true, false, 0, 0)).isEqualTo(new Art14Alerts.Alert("none", null, "no housing units"));
        assertThat(a.decide(true, false, 1860, 1100))
                .isEqualTo(new Art14Alerts.Alert("required", new BigDecimal("0.591398"), "1100 of 1860 units occupied, over 50%"));
    }

    @Test
    void theLatestAsOfOfAnAreaWins() {
        new WarehouseFixture(TestSpark.session(), dir).community("220302001001")
                .housingArea("XQ220302001", true, false, 1000, 600, "2025-06-30")
                .housingArea("XQ220302001", true, false, 1000, 100, "2024-06-30")
                .housingArea("XQ220302002", true, false, 2000, 900, "2025-01-01")
                .write();
        Map<String, String> m = new TreeMap<>();
        for (Row r : new Art14Alerts(new WarehouseTables(TestSpark.session(), dir), DEFAULT).build().collectAsList()) {
            m.put(r.getAs("area_code"), r.getAs("status") + " " + r.getAs("occupancy") + " " + r.getAs("as_of"));
        }
        assertThat(m).containsExactly(
                Map.entry("XQ220302001", "required 0.600000 2025-06-30"),
                Map.entry("XQ220302002", "approaching 0.450000 2025-01-01"));
    }
}
