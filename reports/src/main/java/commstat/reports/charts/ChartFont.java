package commstat.reports.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The CJK font for charts: the same Noto Sans SC files the PDFs embed, registered with AWT once
 * per JVM. Without it every Chinese glyph is drawn as a box on a machine with no CJK font.
 */
public final class ChartFont {

    public static final String FAMILY = "Noto Sans SC";

    private static final Font REGULAR = load("fonts/cjk/NotoSansSC-Regular.ttf");
    private static final Font BOLD = load("fonts/cjk/NotoSansSC-Bold.ttf");

    private ChartFont() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is not on the classpath");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading font " + resource, e);
        }
    }
}
