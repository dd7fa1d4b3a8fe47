package commstat.ingest.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON array of objects, streamed with Jackson after the same encoding detection as CSV. The header is the
 * union of the objects' keys in order of first appearance; a missing key is an empty cell; an element that is
 * not an object becomes a row marked {@code notAnObject}; line = array index + 1.
 */
final class JsonTableReader {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(1 << 20).maxNumberLength(1000).build())
            .build());
    private static final int MAX_COLUMNS = 1_000;

    private JsonTableReader() {
    }

    static RawTable read(byte[] bytes) throws UnreadableFileException {
        DecodedText decoded = DecodedText.decode(bytes);
        if (UnicodeText.isBlank(decoded.text())) {
            throw new UnreadableFileException("empty file: no header row", null);
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<Map<Integer, Cell>> objects = new ArrayList<>();
        List<Boolean> notAnObject = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(decoded.text())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFileException("JSON is not an array of objects", null);
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new UnreadableFileException("JSON syntax: the array is not closed", null);
                }
                if (t == JsonToken.START_OBJECT) {
                    objects.add(readObject(p, columns));
                    notAnObject.add(false);
                } else {
                    p.skipChildren();
                    objects.add(Map.of());
                    notAnObject.add(true);
                }
            }
            if (p.nextToken() != null) {
                throw new UnreadableFileException("JSON syntax: content after the top-level array", null);
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + " column " + at.getColumnNr() + ")";
            throw new UnreadableFileException("JSON syntax: " + e.getOriginalMessage() + where, null, e);
        } catch (IOException e) {
            throw new UnreadableFileException("JSON: " + e.getMessage(), null, e);
        }
        List<String> header = new ArrayList<>(columns.keySet());
        List<RawRow> rows = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            Map<Integer, Cell> object = objects.get(i);
            if (!notAnObject.get(i) && isBlank(object)) {
                continue;
            }
            List<Cell> cells = new ArrayList<>(header.size());
            for (int c = 0; c < header.size(); c++) {
                cells.add(object.getOrDefault(c, Cell.EMPTY));
            }
            rows.add(new RawRow(i + 1, cells, notAnObject.get(i)));
        }
        return new RawTable(decoded.encoding(), header, rows);
    }

    private static Map<Integer, Cell> readObject(JsonParser p, Map<String, Integer> columns)
            throws IOException, UnreadableFileException {
        Map<Integer, Cell> cells = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Integer index = columns.get(key);
            if (index == null) {
                if (columns.size() >= MAX_COLUMNS) {
                    throw new UnreadableFileException("JSON objects with more than " + MAX_COLUMNS + " keys", null);
                }
                index = columns.size();
                columns.put(key, index);
            }
            cells.put(index, value(p, p.nextToken()));
        }
        return cells;
    }

    private static Cell value(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case VALUE_STRING -> Cell.text(p.getText());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Cell.number(plain(p.getText()));
            case VALUE_TRUE -> Cell.bool(true);
            case VALUE_FALSE -> Cell.bool(false);
            case VALUE_NULL -> Cell.EMPTY;
            default -> Cell.text(MAPPER.readTree(p).toString()); // a nested object or array, kept as text
        };
    }

    /** A JSON number in plain digits without trailing zeros: {@code 12300.0} → {@code 12300}. */
    private static String plain(String literal) {
        BigDecimal d = new BigDecimal(literal);
        if (Math.abs(d.scale()) > 400) {
            return literal; // 1e999999 would be a million digits: left as is, no parser accepts it
        }
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }

    private static boolean isBlank(Map<Integer, Cell> object) {
        for (Cell c : object.values()) {
            if (!c.isEmpty() && !UnicodeText.isBlank(c.text())) {
                return false;
            }
        }
        return true;
    }
}
