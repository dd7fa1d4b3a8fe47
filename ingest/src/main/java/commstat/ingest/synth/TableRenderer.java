package commstat.ingest.synth;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies a {@link FileStyle} to a {@link MonthTable}: which columns, in which order, under which headers, codes in which language. */
final class TableRenderer {
    private static final String[] REMARKS = {"已核实", "电话回访", "补录", "待复核", "见附件"};
    private static final String[] EXTRA_ENGLISH = {"remark", "notes", "checked_by"};

    private TableRenderer() {
    }

    static RenderedTable render(MonthTable table, FileStyle style, SynthRandom random) {
        List<Column> template = SubmissionColumns.of(table.dataset());
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < template.size(); i++) {
            Column column = template.get(i);
            if (column == SubmissionColumns.NAME_COLUMN && !style.nameColumn()) {
                continue;
            }
            if (column.code().equals(style.missingColumn())) {
                continue;
            }
            sources.add(i);
        }
        if (style.shuffleSeed() != 0) {
            int[] order = SynthRandom.of(style.shuffleSeed()).permutation(sources.size());
            List<Integer> shuffled = new ArrayList<>();
            for (int o : order) {
                shuffled.add(sources.get(o));
            }
            sources = shuffled;
        }
        List<String> headers = new ArrayList<>();
        List<Column.Kind> kinds = new ArrayList<>();
        for (int source : sources) {
            Column column = template.get(source);
            headers.add(header(style.chineseHeaders() ? column.chinese() : column.code(), style, random));
            kinds.add(column.kind());
        }
        int duplicated = style.duplicatedColumn() == null ? -1 : SubmissionColumns.index(table.dataset(), style.duplicatedColumn());
        if (duplicated >= 0) {
            // The same field twice, once under each name: the contract rejects the file rather than guess.
            Column column = template.get(duplicated);
            sources.add(duplicated);
            headers.add(style.chineseHeaders() ? column.code() : column.chinese());
            kinds.add(column.kind());
        }
        if (style.extraColumn()) {
            headers.add(style.chineseHeaders() ? "备注" : EXTRA_ENGLISH[random.between(0, EXTRA_ENGLISH.length - 1)]);
            kinds.add(Column.Kind.TEXT);
        }
        List<Object[]> rows = new ArrayList<>(table.rows().size());
        for (Object[] row : table.rows()) {
            Object[] out = new Object[headers.size()];
            for (int c = 0; c < sources.size(); c++) {
                out[c] = cell(row[sources.get(c)], template.get(sources.get(c)).kind(), style);
            }
            if (style.extraColumn()) {
                out[headers.size() - 1] = random.chance(0.2) ? REMARKS[random.between(0, REMARKS.length - 1)] : null;
            }
            rows.add(out);
        }
        return new RenderedTable(headers, kinds, rows, style.slashDates());
    }

    private static String header(String name, FileStyle style, SynthRandom random) {
        if (!style.paddedHeaders()) {
            return name;
        }
        return " ".repeat(random.between(0, 2)) + name + " ".repeat(random.between(0, 2));
    }

    private static Object cell(Object value, Column.Kind kind, FileStyle style) {
        if (value instanceof Label label) {
            return style.chineseCodes() ? label.chinese() : label.name();
        }
        if (value instanceof Literal literal) {
            return literal.text();
        }
        if (kind == Column.Kind.ID_NUMBER && style.numericIds() && value instanceof String id && id.chars().allMatch(Character::isDigit)) {
            return new MangledId(id);
        }
        if (kind == Column.Kind.AMOUNT && style.yuanAmounts() && value instanceof BigDecimal amount) {
            // Excel's currency format, as pasted: ¥ and thousands separators (tolerated by the contract).
            return amount.compareTo(BigDecimal.valueOf(1000)) >= 0 ? "¥" + grouped().format(amount) : "¥" + amount.toPlainString();
        }
        return value;
    }

    private static DecimalFormat grouped() {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setParseBigDecimal(true);
        return format;
    }
}
