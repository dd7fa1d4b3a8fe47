package commstat.ingest.validate;

import java.io.Serializable;

import static java.util.Objects.requireNonNull;

/**
 * One column of a submission template: the English code, the Chinese label, how it is read, whether it may be
 * left out, the allowed codes for {@link FieldKind#CODE}, and for dates how the month bounds them.
 */
public record FieldSpec(String code, String label, FieldKind kind, boolean optional, CodeList codes,
                        PeriodRule periodRule) implements Serializable {
    /** How a date relates to the submission's month. */
    public enum PeriodRule { NONE, INSIDE_MONTH, NOT_AFTER_MONTH_END }

    public FieldSpec {
        requireNonNull(code, "code is null");
        requireNonNull(label, "label is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(periodRule, "periodRule is null");
        if ((kind == FieldKind.CODE) != (codes != null)) {
            throw new IllegalArgumentException(code + ": a CODE field needs codes, other kinds none");
        }
    }

    static FieldSpec field(String code, String label, FieldKind kind) {
        return new FieldSpec(code, label, kind, false, null, PeriodRule.NONE);
    }

    static FieldSpec optional(String code, String label, FieldKind kind) {
        return new FieldSpec(code, label, kind, true, null, PeriodRule.NONE);
    }

    static FieldSpec code(String code, String label, CodeList codes) {
        return new FieldSpec(code, label, FieldKind.CODE, false, codes, PeriodRule.NONE);
    }

    static FieldSpec date(String code, String label, PeriodRule rule) {
        return new FieldSpec(code, label, FieldKind.DATE, false, null, rule);
    }
}
