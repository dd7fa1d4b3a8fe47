package commstat.jobs.assessment;

import commstat.jobs.TestPaths;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring rules stay plain Java (style.md, "Rules without Spark"), so the server could reuse them. */
class ScoringWithoutSparkTest {
    static final List<String> PLAIN = List.of("Fraction", "Indicator", "AssessmentScheme", "SchemeLoader", "SchemeException",
            "AssessmentScorer", "AssessmentRoster", "RankUncertainty", "Ranking", "FullyEmployed", "Consequences",
            "Community", "CommunityCounts", "CommunityAssessment", "IndicatorResult");

    @Test
    void theScoringClassesImportNoSpark() throws IOException {
        Path dir = TestPaths.repo().resolve("jobs/src/main/java/commstat/jobs/assessment");
        for (String name : PLAIN) {
            String source = Files.readString(dir.resolve(name + ".java"));
            assertThat(source).as(name).doesNotContain("import org.apache.spark");
        }
    }
}
