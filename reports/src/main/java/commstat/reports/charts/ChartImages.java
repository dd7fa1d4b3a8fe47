package commstat.reports.charts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** A chart as PNG (for PDFs) or SVG (for pages; text becomes glyph paths, so no font is needed there). */
public final class ChartImages {

    private static final Pattern CLIP_ID = Pattern.compile("\\bclip-?\\d+\\b");

    private ChartImages() {
    }

    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding chart '" + chart.getTitle() + "' as PNG", e);
        }
    }

    public static byte[] svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding chart '" + chart.getTitle() + "' as SVG", e);
        }
        return stableClipIds(out.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** VectorGraphics2D names clip paths by identity hash; number them in order so the bytes repeat. */
    static String stableClipIds(String svg) {
        Map<String, String> ids = new HashMap<>();
        Matcher m = CLIP_ID.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            m.appendReplacement(out, ids.computeIfAbsent(m.group(), k -> "clip" + (ids.size() + 1)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
