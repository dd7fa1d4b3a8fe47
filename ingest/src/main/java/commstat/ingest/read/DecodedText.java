package commstat.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static java.util.Objects.requireNonNull;

/**
 * Text decoded with the contract's detection: a UTF-8 BOM (then the rest must be valid UTF-8), else strict
 * UTF-8, else strict GB18030, else unreadable. Only the UTF-8 BOM counts; the committee is never asked.
 */
record DecodedText(String text, String encoding) {
    static final String UTF_8 = "utf-8";
    static final String UTF_8_SIG = "utf-8-sig";
    static final String GB18030 = "gb18030";
    private static final Charset GB = Charset.forName("GB18030");

    DecodedText {
        requireNonNull(text, "text is null");
        requireNonNull(encoding, "encoding is null");
    }

    static DecodedText decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            String text = strict(StandardCharsets.UTF_8, bytes, 3);
            if (text == null) {
                throw new UnreadableFileException("not valid UTF-8 after a UTF-8 byte order mark", null);
            }
            return new DecodedText(text, UTF_8_SIG);
        }
        String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
        if (utf8 != null) {
            return new DecodedText(utf8, UTF_8);
        }
        String gb = strict(GB, bytes, 0);
        if (gb != null) {
            return new DecodedText(gb, GB18030);
        }
        throw new UnreadableFileException("neither UTF-8 nor GB18030 text", null);
    }

    private static String strict(Charset charset, byte[] bytes, int offset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
