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
    void aKnownPersonsNameInsideFreeTextIsMaskedToo() {
        assertThat(PersonNameMask.scrub("社区楼栋牌更换（含生僻字𠀀，经办人陈𠮷祥）", java.util.List.of("陈𠮷祥", "王小明")))
                .isEqualTo("社区楼栋牌更换（含生僻字𠀀，经办人陈**）");
        assertThat(PersonNameMask.scrub("付王小明与王小", java.util.List.of("王小", "王小明")))
                .isEqualTo("付王**与王*");
        assertThat(PersonNameMask.scrub("李 付款", java.util.List.of("李"))).isEqualTo("李 付款"); // one character: no name
        assertThat(PersonNameMask.scrub(null, java.util.List.of("王小明"))).isNull();
    }

    @Test
    void onlyPersonsAreMasked() {
        assertThat(PersonNameMask.shown("王小明", "PERSON")).isEqualTo("王**");
        assertThat(PersonNameMask.shown("市财政局", "ORG")).isEqualTo("市财政局");
        assertThat(PersonNameMask.mask("")).isEmpty();
        assertThat(PersonNameMask.mask(null)).isNull();
    }

    @Test
    void theScrubberGivesWhatTryingEveryNameInOrderGives() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "王小明李陈𠮷祥* ab";
        int[] points = alphabet.codePoints().toArray();
        for (int round = 0; round < 2000; round++) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                names.add(randomText(random, points, 1 + random.nextInt(4)));
            }
            String text = randomText(random, points, random.nextInt(12));
            assertThat(new PersonNameMask.Scrubber(names).scrub(text)).as(text + " " + names)
                    .isEqualTo(everyNameInOrder(text, names));
        }
    }

    /** The plain definition: every name of two code points or more, longest first, then by text. */
    private static String everyNameInOrder(String text, java.util.List<String> names) {
        String out = text;
        for (String name : names.stream().filter(n -> n.codePointCount(0, n.length()) >= 2).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()
                        .thenComparing(java.util.Comparator.naturalOrder())).toList()) {
            out = out.replace(name, PersonNameMask.mask(name));
        }
        return out;
    }

    private static String randomText(java.util.Random random, int[] points, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return b.toString();
    }
}
