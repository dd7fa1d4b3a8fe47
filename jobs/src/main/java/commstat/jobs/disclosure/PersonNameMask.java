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
        return new Scrubber(personNames).scrub(text);
    }

    /**
     * {@link #scrub} for many texts against one list of names: the names are sorted once, and a text is compared
     * only with the names whose first code point it contains (or {@code *}, which a replacement brings in), in
     * the same order, so the result is that of trying every name.
     */
    public static final class Scrubber implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final java.util.List<String> ordered;
        private final java.util.Map<Integer, java.util.BitSet> byFirstCodePoint = new java.util.HashMap<>();

        public Scrubber(java.util.Collection<String> personNames) {
            ordered = byLengthDescending(personNames);
            for (int i = 0; i < ordered.size(); i++) {
                byFirstCodePoint.computeIfAbsent(ordered.get(i).codePointAt(0), k -> new java.util.BitSet()).set(i);
            }
        }

        public String scrub(String text) {
            if (text == null || text.isEmpty() || ordered.isEmpty()) {
                return text;
            }
            java.util.BitSet candidates = new java.util.BitSet();
            java.util.stream.IntStream.concat(text.codePoints(), java.util.stream.IntStream.of('*')).forEach(cp -> {
                java.util.BitSet names = byFirstCodePoint.get(cp);
                if (names != null) {
                    candidates.or(names);
                }
            });
            String out = text;
            for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
                String name = ordered.get(i);
                if (out.contains(name)) {
                    out = out.replace(name, mask(name));
                }
            }
            return out;
        }
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
