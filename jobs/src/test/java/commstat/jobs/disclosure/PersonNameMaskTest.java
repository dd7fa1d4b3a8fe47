package commstat.jobs.disclosure;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonNameMaskTest {
    @Test
    void keepsTheFirstCharacterAndStarsEveryOther() {
        assertThat(PersonNameMask.mask("王小明")).isEqualTo("王**");
        assertThat(PersonNameMask.mask("欧阳")).isEqualTo("欧*");
        assertThat(PersonNameMask.mask("李")).isEqualTo("李");
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        assertThat(PersonNameMask.mask("陈𠮷祥")).isEqualTo("陈**");
        assertThat(PersonNameMask.mask("𠮷野家")).isEqualTo("𠮷**");
    }

    @Test
    void theMiddleDotIsACharacterLikeAnyOther() {
        assertThat(PersonNameMask.mask("买买提·艾力")).isEqualTo("买*****");
    }

    @Test
    void spacesStayWhereTheyAre() {
        assertThat(PersonNameMask.mask("Anna Maria Li")).isEqualTo("A*** ***** **");
        assertThat(PersonNameMask.mask("王　小明")).isEqualTo("王　**"); // ideographic space U+3000
    }

    @Test
    void onlyPersonsAreMasked() {
        assertThat(PersonNameMask.shown("王小明", "PERSON")).isEqualTo("王**");
        assertThat(PersonNameMask.shown("市财政局", "ORG")).isEqualTo("市财政局");
        assertThat(PersonNameMask.mask("")).isEmpty();
        assertThat(PersonNameMask.mask(null)).isNull();
    }
}
