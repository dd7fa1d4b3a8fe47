package commstat.ingest.synth;

import commstat.ingest.contract.ResidentIdChecksum;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentIdsTest {
    private static boolean valid(String id) {
        return ResidentIdChecksum.checkCharacter(id.substring(0, 17)) == id.charAt(17);
    }

    @Test
    void aGeneratedIdIsValidAndCarriesGenderAndBirthDate() {
        SynthRandom random = SynthRandom.of(1);
        for (int i = 0; i < 1000; i++) {
            boolean male = i % 2 == 0;
            LocalDate birth = LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28);
            String id = ResidentIds.valid("371902", birth, male, random);
            assertThat(id).hasSize(18).startsWith("371902");
            assertThat(valid(id)).isTrue();
            assertThat(ResidentIds.isMale(id)).isEqualTo(male);
            assertThat(ResidentIds.birthDate(id)).isEqualTo(birth);
        }
    }

    @Test
    void brokenIdsFailTheChecksum() {
        SynthRandom random = SynthRandom.of(2);
        for (int i = 0; i < 500; i++) {
            String id = ResidentIds.valid("220302", LocalDate.of(1980 + i % 20, 3, 1 + i % 28), i % 2 == 0, random);
            assertThat(valid(ResidentIds.withBadChecksum(id))).isFalse();
            assertThat(valid(ResidentIds.withSwappedDigits(id, random))).isFalse();
        }
    }

    @Test
    void excelShowsAnIdAsSixSignificantDigits() {
        assertThat(ResidentIds.excelGeneralText("220302198001011234")).isEqualTo("2.20302E+17");
        assertThat(ResidentIds.excelGeneralText("370200198001011234")).isEqualTo("3.702E+17");
        assertThat(ResidentIds.excelNumber("220302198001011234")).isEqualTo(2.20302198001011E17);
    }
}
