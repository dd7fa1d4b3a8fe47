package commstat.ingest.synth;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CityLayoutTest {
    @Test
    void scaleTableGivesCommunitiesAndDistricts() {
        assertThat(CityLayout.communityCount(0.1)).isEqualTo(60);
        assertThat(CityLayout.districtCount(0.1)).isEqualTo(2);
        assertThat(CityLayout.communityCount(1)).isEqualTo(600);
        assertThat(CityLayout.districtCount(1)).isEqualTo(6);
        assertThat(CityLayout.communityCount(10)).isEqualTo(6000);
        assertThat(CityLayout.districtCount(10)).isEqualTo(60);
        assertThat(CityLayout.communityCount(100)).isEqualTo(60000);
        assertThat(CityLayout.districtCount(100)).isEqualTo(600);
    }

    @Test
    void codesFollowTheHierarchyAndAreUnique() {
        CityLayout layout = CityLayout.build(10, 42, 2025);
        assertThat(layout.communities()).hasSize(6000);
        assertThat(layout.districts()).hasSize(60);
        Set<String> codes = new HashSet<>();
        Set<String> accounts = new HashSet<>();
        Set<String> namesInDistrict = new HashSet<>();
        for (CommunityPlan c : layout.communities()) {
            assertThat(c.code()).matches("\\d{12}").startsWith(c.streetCode());
            assertThat(c.streetCode()).matches("\\d{9}").startsWith(c.districtCode());
            assertThat(c.districtCode()).matches("\\d{6}").startsWith(c.cityCode());
            assertThat(c.name()).endsWith("社区");
            assertThat(c.streetName()).endsWith("街道");
            assertThat(c.districtName()).endsWith("区");
            assertThat(codes.add(c.code())).as("unique code %s", c.code()).isTrue();
            assertThat(namesInDistrict.add(c.districtCode() + c.name())).as("unique name %s", c.name()).isTrue();
            assertThat(c.accounts()).isNotEmpty();
            c.accounts().forEach(a -> assertThat(accounts.add(a.accountNo())).isTrue());
        }
        assertThat(layout.cities()).hasSize(3);
    }

    @Test
    void theSameSeedGivesTheSameLayout() {
        assertThat(CityLayout.build(1, 7, 2025)).isEqualTo(CityLayout.build(1, 7, 2025));
        assertThat(CityLayout.build(1, 7, 2025).communities().get(0).name())
                .isNotEqualTo(CityLayout.build(1, 8, 2025).communities().get(0).name());
    }
}
