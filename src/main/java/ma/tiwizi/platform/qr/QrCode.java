package ma.tiwizi.platform.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes as PNG images and SVG (ZXing), for documents and pages. Each code is read back before it is given out:
 * for some contents the mask the encoder prefers yields a code a standard reader cannot locate (about 3 in 100
 * addresses), so the next mask is taken until one reads.
 */
public final class QrCode {

    /** The white border, in modules, that the QR standard asks for (ISO/IEC 18004). */
    private static final int QUIET_ZONE = 4;

    /** The eight masks of the standard, after the encoder's own choice (null). */
    private static final Integer[] MASKS = {null, 0, 1, 2, 3, 4, 5, 6, 7};

    private QrCode() {
    }

    public static byte[] png(String text, int size) {
        var matrix = readable(text, size);
        var image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int x = 0; x < matrix.getWidth(); x++) {
            for (int y = 0; y < matrix.getHeight(); y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The code as SVG (one path of unit squares), for printing on packaging at any size. */
    public static String svg(String text) {
        var matrix = readable(text, 0);
        var path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    /** The PNG as a data: URI, to embed in HTML and PDF documents. */
    public static String dataUri(String text, int size) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(text, size));
    }

    /** The first code of {@code text} at {@code size} pixels (0: one per module) that a standard reader reads. */
    private static BitMatrix readable(String text, int size) {
        BitMatrix first = null;
        for (Integer mask : MASKS) {
            var matrix = encode(text, size, mask);
            if (first == null) {
                first = matrix;
            }
            if (text.equals(read(matrix))) {
                return matrix;
            }
        }
        return first;
    }

    private static BitMatrix encode(String text, int size, Integer mask) {
        var hints = new HashMap<EncodeHintType, Object>(Map.of(EncodeHintType.ERROR_CORRECTION,
                ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE));
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + text, e);
        }
    }

    /** What a reader finds in the code, drawn at least 200 pixels wide (SVG: one pixel per module); null if nothing. */
    private static String read(BitMatrix matrix) {
        int scale = matrix.getWidth() >= 200 ? 1 : (int) Math.ceil(200.0 / matrix.getWidth());
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(width, height, pixels)))).getText();
        } catch (ReaderException e) {
            return null;
        }
    }
}
