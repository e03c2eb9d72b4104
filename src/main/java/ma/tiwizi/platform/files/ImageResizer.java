package ma.tiwizi.platform.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import ma.tiwizi.platform.TiwiziProperties;
import net.coobird.thumbnailator.Thumbnails;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded photo into JPEGs of given widths, within bounded memory: a photo of more than
 * {@code tiwizi.images.max-pixels} is refused from its header before any decoding (a 113 KB file can claim 40
 * megapixels, 850 MB once decoded); a large one is decoded subsampled, never at more than twice the widest size
 * asked; and at most {@code tiwizi.images.concurrent} photos are decoded at once. Re-encoding keeps no metadata.
 */
@Component
public class ImageResizer {

    /** A resized photo: its JPEG bytes and size in pixels. */
    public record Resized(byte[] bytes, int width, int height) {
    }

    /** Why a photo was refused, as a message key under {@code platform.upload.} and its arguments. */
    public static final class Refused extends Exception {
        private final String messageKey;
        private final transient Object[] arguments;

        Refused(String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private static final int MIN_SIDE = 50;
    private static final long WAIT_SECONDS = 30;

    private final long maxPixels;
    private final Semaphore decoding;

    @Autowired
    ImageResizer(TiwiziProperties properties) {
        this(properties.images().maxPixels(), properties.images().concurrent());
    }

    public ImageResizer(long maxPixels, int concurrent) {
        this.maxPixels = maxPixels;
        this.decoding = new Semaphore(concurrent, true);
    }

    public long maxPixels() {
        return maxPixels;
    }

    /** The photo as JPEGs of these widths (never enlarged), smallest first as given. */
    public List<Resized> resize(byte[] content, int... widths) throws Refused {
        int widest = 0;
        for (int width : widths) {
            widest = Math.max(widest, width);
        }
        try {
            if (!decoding.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new Refused("platform.upload.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("platform.upload.busy");
        }
        try {
            BufferedImage image = decode(content, 2 * widest);
            List<Resized> resized = new ArrayList<>();
            for (int width : widths) {
                resized.add(jpeg(image, width));
            }
            return resized;
        } finally {
            decoding.release();
        }
    }

    /** Reads the header, refuses what is too large or unreadable, then decodes subsampled to about the width. */
    private BufferedImage decode(byte[] content, int targetWidth) throws Refused {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new Refused("platform.upload.badImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw new Refused("platform.upload.badImage");
                }
                if ((long) width * height > maxPixels) {
                    throw new Refused("platform.upload.tooManyPixels", maxPixels / 1_000_000);
                }
                var param = reader.getDefaultReadParam();
                int step = Math.max(1, width / Math.max(1, targetWidth));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Refused("platform.upload.badImage");
        }
    }

    /** Scales down (never up) to the width and re-encodes as JPEG, which keeps no metadata. */
    private static Resized jpeg(BufferedImage image, int width) throws Refused {
        try {
            var builder = image.getWidth() > width ? Thumbnails.of(image).width(width) : Thumbnails.of(image).scale(1.0);
            var resized = builder.imageType(BufferedImage.TYPE_INT_RGB).asBufferedImage();
            var out = new ByteArrayOutputStream();
            Thumbnails.of(resized).scale(1.0).outputFormat("jpg").outputQuality(0.82).toOutputStream(out);
            return new Resized(out.toByteArray(), resized.getWidth(), resized.getHeight());
        } catch (IOException | RuntimeException e) {
            throw new Refused("platform.upload.badImage");
        }
    }
}
