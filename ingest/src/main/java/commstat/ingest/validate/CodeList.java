package commstat.ingest.validate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed values of a code column: English codes match case-insensitively, Chinese labels exactly (both
 * after NFKC and trimming); the English code is what is stored.
 */
public final class CodeList implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> codes = new ArrayList<>();
    private final Map<String, String> byUpperCode = new HashMap<>();
    private final Map<String, String> byLabel = new HashMap<>();

    private CodeList() {
    }

    /** Pairs of code and label: {@code of("IN", "收入", "OUT", "支出")}. */
    public static CodeList of(String... codeLabelPairs) {
        if (codeLabelPairs.length % 2 != 0) {
            throw new IllegalArgumentException("codes and labels come in pairs");
        }
        CodeList list = new CodeList();
        for (int i = 0; i < codeLabelPairs.length; i += 2) {
            String code = codeLabelPairs[i];
            list.codes.add(code);
            list.byUpperCode.put(code.toUpperCase(Locale.ROOT), code);
            list.byLabel.put(codeLabelPairs[i + 1], code);
        }
        return list;
    }

    /** Both lists in one, in order (a funds item is either an income or a spending item). */
    public static CodeList union(CodeList a, CodeList b) {
        CodeList list = new CodeList();
        for (CodeList source : List.of(a, b)) {
            list.codes.addAll(source.codes);
            list.byUpperCode.putAll(source.byUpperCode);
            list.byLabel.putAll(source.byLabel);
        }
        return list;
    }

    /** The English code for a normalised value, if it is a code or a label. */
    public Optional<String> match(String normalised) {
        String code = byLabel.get(normalised);
        if (code == null) {
            code = byUpperCode.get(normalised.toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(code);
    }

    public boolean contains(String code) {
        return codes.contains(code);
    }

    public List<String> codes() {
        return List.copyOf(codes);
    }
}
