package commstat.ingest.landing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceLoaderTest {
    @TempDir
    Path dir;

    private void write(String file, String content) throws IOException {
        Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void aValidReferenceFolder() throws IOException {
        write("communities.csv", "community_code,community_name,street_code,street_name,district_code,district_name,"
                + "established_on,dissolved_on\n"
                + "371902001001,长乐家园社区,371902001,长兴街道,371902,金坛区,2012-03-13,\n"
                + "371902001002,东荷塘巷社区,371902001,长兴街道,371902,金坛区,,2025-09-30\n");
        write("special_accounts.csv", "account_no,community_code,opened_on,closed_on\n6228,371902001001,2015-04-21,\n");
        write("fiscal_allocations.csv", "year,level,unit_code,fiscal_income_increase,community_funds_allocated\n"
                + "2025,CITY,3719,2126733900.00,2445744.00\n");
        write("housing_areas.csv", "area_code,area_name,district_code,urban_rural_fringe,served_by_community_code,"
                + "own_committee,housing_units,occupied_units,as_of\n"
                + "XQ1,幸福悦府,371902,true,371902001001,否,1860,1100,2025-12-31\n");
        write("assessment_inputs.csv", "year,community_code,indicator,value\n2025,371902001001,SATISFACTION,96.8\n");
    }

    @Test
    void allFilesAreTyped() {
        ReferenceData ref = ReferenceLoader.load(dir);
        assertThat(ref.communities()).hasSize(2);
        assertThat(ref.community("371902001002")).get().satisfies(c -> {
            assertThat(c.establishedOn()).as("empty = long established").isNull();
            assertThat(c.dissolvedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        });
        assertThat(ref.specialAccounts()).singleElement().satisfies(a -> assertThat(a.closedOn()).isNull());
        assertThat(ref.openingBalances()).as("optional file absent").isEmpty();
        assertThat(ref.fiscalAllocations().get(0).communityFundsAllocatedCny()).isEqualTo(new BigDecimal("2445744.00"));
        assertThat(ref.housingAreas().get(0)).satisfies(h -> {
            assertThat(h.urbanRuralFringe()).isTrue();
            assertThat(h.ownCommittee()).isFalse();
        });
        assertThat(ref.assessmentInputs().get(0).value()).isEqualTo(new BigDecimal("96.8"));
        assertThat(ref.problems()).isEmpty();
    }

    @Test
    void aCommunityBreakingTheHierarchyIsLeftOutAndReported() throws IOException {
        Files.writeString(dir.resolve("communities.csv"), "community_code,community_name,street_code,street_name,"
                + "district_code,district_name,established_on\n"
                + "371902001001,长乐家园社区,371902001,长兴街道,371902,金坛区,2012-03-13\n"
                + "371903001001,错位社区,371902001,长兴街道,371902,金坛区,2012-03-13\n", Charset.forName("GB18030"));
        ReferenceData ref = ReferenceLoader.load(dir);
        assertThat(ref.isKnownCommunity("371903001001")).isFalse();
        assertThat(ref.community("371902001001")).get().extracting(Community::name).isEqualTo("长乐家园社区");
        assertThat(ref.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("communities.csv");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.problem()).contains("hierarchy");
        });
    }

    @Test
    void aCommunityListedTwiceStopsTheRun() throws IOException {
        write("communities.csv", "community_code,community_name,street_code,street_name,district_code,district_name,"
                + "established_on\n"
                + "371902001001,甲,371902001,长兴街道,371902,金坛区,2012-03-13\n"
                + "371902001001,乙,371902001,长兴街道,371902,金坛区,2012-03-13\n");
        assertThatThrownBy(() -> ReferenceLoader.load(dir)).isInstanceOf(InvalidReferenceDataException.class)
                .hasMessageContaining("community_code 371902001001 is listed twice (lines 2 and 3)");
    }

    @Test
    void rowsThatDoNotParseAreLeftOutAndDuplicatesLastWins() throws IOException {
        write("fiscal_allocations.csv", "year,level,unit_code,fiscal_income_increase,community_funds_allocated\n"
                + "2025,CITY,3719,100.00,1.00\n"
                + "2025,COUNTY,3719,100.00,1.00\n"
                + "2025,CITY,3719,100.00,2.00\n");
        write("housing_areas.csv", "area_code,area_name,district_code,urban_rural_fringe,served_by_community_code,"
                + "own_committee,housing_units,occupied_units,as_of\n"
                + "XQ1,幸福悦府,371902,是,,no,1860,1100,2025-12-31\n"
                + "XQ2,团结悦府,371902,maybe,,0,10,5,2025-12-31\n"
                + "XQ3,新村,371902,1,,yes,10,5,2025/12/31\n");
        ReferenceData ref = ReferenceLoader.load(dir);
        assertThat(ref.fiscalAllocations()).singleElement()
                .extracting(FiscalAllocation::communityFundsAllocatedCny).isEqualTo(new BigDecimal("2.00"));
        assertThat(ref.housingAreas()).extracting(HousingArea::areaCode).containsExactly("XQ1", "XQ3");
        assertThat(ref.housingAreas().get(0).servedByCommunityCode()).isNull();
        assertThat(ref.problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly(
                "fiscal_allocations.csv:3", "fiscal_allocations.csv:4", "housing_areas.csv:3");
        assertThat(ref.problems().get(1).problem()).contains("duplicate of line 2", "the last row wins");
    }

    @Test
    void assessmentInputsAreTakenAsGivenWithoutARangeCheck() throws IOException {
        write("assessment_inputs.csv", "year,community_code,indicator,value\n"
                + "2025,371902001001,SATISFACTION,120.5\n"
                + "2025,371902001001,SAFETY_INCIDENTS,2.5\n"
                + "2025,371902001001,STREET_EVALUATION,abc\n");
        ReferenceData ref = ReferenceLoader.load(dir);
        assertThat(ref.assessmentInputs()).extracting(a -> a.indicator() + "=" + a.value().toPlainString())
                .containsExactly("SATISFACTION=120.5", "SAFETY_INCIDENTS=2.5");
        assertThat(ref.problems()).extracting(p -> p.file() + ":" + p.line()).containsExactly("assessment_inputs.csv:4");
    }
}
