package commstat.ingest.read;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain shared-strings reader gives exactly the text POI's own table gives, without its rich-text objects. */
class XlsxSharedStringsTest {
    static final String SST = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">
              <si><t>身份证号</t></si>
              <si><t xml:space="preserve">  padded  </t></si>
              <si><r><rPr><b/></rPr><t>rich </t></r><r><t>runs</t></r></si>
              <si><t>东城</t><rPh sb="0" eb="2"><t>ドンチョン</t></rPh></si>
              <si><t>line_x000D_break_x0009_tab and _x00zz_ kept</t></si>
              <si><t/></si>
              <si><t>371902198001011234</t></si>
            </sst>
            """;

    @Test
    void sameTextAsPoisReadOnlyTable() throws Exception {
        XlsxSharedStrings ours = XlsxSharedStrings.parse(bytes());
        ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(bytes(), false);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < poi.getUniqueCount(); i++) {
            expected.add(poi.getItemAt(i).getString());
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            actual.add(ours.get(i));
        }
        assertThat(actual).hasSize(7).containsExactlyElementsOf(expected);
        assertThat(actual.get(4)).contains("\r").contains("\t").contains("_x00zz_");
        assertThat(actual.get(3)).isEqualTo("东城");
    }

    @Test
    void anIndexOutsideTheTableThrows() throws Exception {
        XlsxSharedStrings ours = XlsxSharedStrings.parse(bytes());
        assertThatThrownBy(() -> ours.get(7)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static ByteArrayInputStream bytes() {
        return new ByteArrayInputStream(SST.strip().getBytes(StandardCharsets.UTF_8));
    }
}
