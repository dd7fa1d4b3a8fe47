package commstat.jobs.assessment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentRosterTest {
    static Community c(String code, String established, String dissolved) {
        return new Community(code, null, code.substring(0, 9), code.substring(0, 6),
                established == null ? null : LocalDate.parse(established), dissolved == null ? null : LocalDate.parse(dissolved));
    }

    @Test
    void establishedOnJanuaryFirstAndDissolvedOnDecemberThirtyFirstAreAssessed() {
        AssessmentRoster r = AssessmentRoster.of(List.of(
                c("220302001006", "2025-06-01", "2025-09-30"),
                c("220302001005", "2024-01-01", "2025-12-30"),
                c("220302001004", "2025-01-02", null),
                c("220302001003", null, "2025-12-31"),
                c("220302001002", "2025-01-01", null),
                c("220302001001", null, null)), 2025);
        assertThat(r.assessed()).extracting(Community::code)
                .containsExactly("220302001001", "220302001002", "220302001003");
        assertThat(r.notAssessed()).extracting(n -> n.community().code() + " " + n.reason())
                .containsExactly("220302001004 NEW", "220302001005 DISSOLVED", "220302001006 NEW");
    }
}
