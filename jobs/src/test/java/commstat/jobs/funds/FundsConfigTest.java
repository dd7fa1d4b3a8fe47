package commstat.jobs.funds;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FundsConfigTest {
    @Test
    void defaultsAreThoseOfFundsMd() {
        FundsConfig c = FundsConfig.defaults();
        assertThat(c.approvalThreshold()).isEqualTo(new BigDecimal("5000.00"));
        assertThat(c.largePaymentThreshold()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(c.duplicateWindowDays()).isEqualTo(3);
        assertThat(c.withheldGapShare()).isEqualTo(new BigDecimal("0.01"));
        assertThat(c.benfordMinCount()).isEqualTo(300);
        assertThat(c.benfordMaxMad()).isEqualTo(0.015);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new FundsConfig(new BigDecimal("0"), new BigDecimal("1000.001"), -1,
                new BigDecimal("1.5"), 0, 2.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("funds configuration: approval threshold must be above zero, got 0; "
                        + "large-payment threshold has more than 2 decimals: 1000.001; "
                        + "duplicate window must be 0 days or more, got -1; "
                        + "withheld gap share must be between 0 and 1, got 1.5; "
                        + "Benford minimum count must be 1 or more, got 0; "
                        + "Benford MAD limit must be between 0 and 1, got 2.0");
    }

    @Test
    void moneyThresholdsAreKeptToTheFen() {
        FundsConfig c = new FundsConfig(new BigDecimal("5000"), new BigDecimal("1000.0"), 3, new BigDecimal("0.01"), 300, 0.015);
        assertThat(c.approvalThreshold().toPlainString()).isEqualTo("5000.00");
        assertThat(c.largePaymentThreshold().toPlainString()).isEqualTo("1000.00");
    }
}
