package commstat.reports.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * PNG bytes to an OpenPDF image, as OpenPDF's own {@code ImageLoader.getPngImage} does (ImageIO, then
 * {@code Image.getInstance(awtImage, null, false)}), with the pixels first copied into an {@code INT_ARGB} image.
 * OpenPDF reads the decoded image through a {@code PixelGrabber}, which for ImageIO's byte-interleaved rasters
 * converts every pixel through the colour model: 43% of the assessment reports' CPU. From {@code INT_ARGB} the
 * grabber copies rows as they are. The ARGB values are the same, so is the PDF.
 */
final class PngImages {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private PngImages() {
    }

    static boolean isPng(byte[] data) {
        if (data == null || data.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (data[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /** The image of {@code png}; {@code null} when ImageIO cannot read it (the caller then takes OpenPDF's path). */
    static Image read(byte[] png) throws IOException, BadElementException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        return decoded == null ? null : Image.getInstance(intArgb(decoded), null, false);
    }

    /** {@code image} as {@code TYPE_INT_ARGB} (non-premultiplied), each pixel's ARGB value unchanged. */
    static BufferedImage intArgb(BufferedImage image) {
        int type = image.getType();
        int bands = type == BufferedImage.TYPE_4BYTE_ABGR ? 4 : type == BufferedImage.TYPE_3BYTE_BGR ? 3 : 0;
        int w = image.getWidth();
        int h = image.getHeight();
        WritableRaster raster = image.getRaster();
        if (bands == 0 || !(raster.getDataBuffer() instanceof DataBufferByte)
                || !(raster.getSampleModel() instanceof ComponentSampleModel layout)
                || layout.getPixelStride() != bands || layout.getScanlineStride() != w * bands
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0) {
            return image; // anything else goes through OpenPDF's grabber as before
        }
        byte[] src = ((DataBufferByte) raster.getDataBuffer()).getData();
        BufferedImage argb = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        int[] dst = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        if (type == BufferedImage.TYPE_4BYTE_ABGR) {
            for (int p = 0, i = 0; p < dst.length; p++, i += 4) {
                dst[p] = (src[i] & 0xff) << 24 | (src[i + 3] & 0xff) << 16 | (src[i + 2] & 0xff) << 8
                        | (src[i + 1] & 0xff);
            }
        } else {
            for (int p = 0, i = 0; p < dst.length; p++, i += 3) {
                dst[p] = 0xff000000 | (src[i + 2] & 0xff) << 16 | (src[i + 1] & 0xff) << 8 | (src[i] & 0xff);
            }
        }
        return argb;
    }
}
