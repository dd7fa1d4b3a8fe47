package commstat.jobs.disclosure;

/**
 * Masks a {@code PERSON} counterparty for publication (funds.md, Rules in detail): on Unicode code points, the
 * first is kept, white space stays as it is, every other character ({@code ·} included) becomes {@code *}.
 * 王小明 → 王**, 陈𠮷祥 → 陈**, 买买提·艾力 → 买*****. Plain Java, used by the Spark job as a UDF.
 */
public final class PersonNameMask {
    private PersonNameMask() {
    }

    public static String mask(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        int[] points = name.codePoints().toArray();
        out.appendCodePoint(points[0]);
        for (int i = 1; i < points.length; i++) {
            int cp = points[i];
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('*');
            }
        }
        return out.toString();
    }

    /**
     * Free text as published: every occurrence of a known person's name (two code points or more; longest first,
     * so a longer name is not half-masked by a shorter one inside it) replaced by its masked form. Purposes are
     * typed by hand and sometimes name the person paid or the clerk ("经办人陈𠮷祥").
     */
    public static String scrub(String text, java.util.Collection<String> personNames) {
        if (text == null || text.isEmpty() || personNames.isEmpty()) {
            return text;
        }
        String out = text;
        for (String name : byLengthDescending(personNames)) {
            if (out.contains(name)) {
                out = out.replace(name, mask(name));
            }
        }
        return out;
    }

    private static java.util.List<String> byLengthDescending(java.util.Collection<String> names) {
        return names.stream().filter(n -> n != null && n.codePointCount(0, n.length()) >= 2).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    /** The counterparty as published: a person masked, an organisation as given. */
    public static String shown(String counterparty, String counterpartyType) {
        return "PERSON".equals(counterpartyType) ? mask(counterparty) : counterparty;
    }
}
