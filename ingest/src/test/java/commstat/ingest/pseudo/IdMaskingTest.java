package commstat.ingest.pseudo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdMaskingTest {
    @Test
    void showsTheFirstSixAndTheLastTwo() {
        assertThat(IdMasking.mask("371902198507202246")).isEqualTo("371902**********46");
        assertThat(IdMasking.mask("3719021992A1250282")).isEqualTo("371902**********82");
    }

    @Test
    void shortValuesAreStarredWhole() {
        assertThat(IdMasking.mask("1234")).isEqualTo("****");
        assertThat(IdMasking.mask("123456789")).isEqualTo("123456*89");
    }
}
