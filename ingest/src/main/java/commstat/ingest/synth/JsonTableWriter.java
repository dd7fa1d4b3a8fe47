package commstat.ingest.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** A JSON array of objects keyed by the headers; numbers as JSON numbers, a mangled ID as the double Excel kept. */
final class JsonTableWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTableWriter() {
    }

    static byte[] write(RenderedTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.writeStartArray();
            for (Object[] row : table.rows()) {
                json.writeStartObject();
                for (int c = 0; c < row.length; c++) {
                    json.writeFieldName(table.headers().get(c));
                    Object value = row[c];
                    if (value instanceof Integer i) {
                        json.writeNumber(i);
                    } else if (value instanceof BigDecimal amount) {
                        json.writeNumber(amount);
                    } else if (value instanceof MangledId mangled) {
                        json.writeNumber(ResidentIds.excelNumber(mangled.id()));
                    } else {
                        json.writeString(CellText.of(value, table.slashDates()));
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
