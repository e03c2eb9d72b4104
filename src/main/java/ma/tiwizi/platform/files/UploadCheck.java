package ma.tiwizi.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * Decides whether an uploaded file may be kept, from its content rather than its name: PDF, JPEG or PNG only, within
 * the size limit, with an ordinary file name, and (for images) not a decompression bomb. Each refusal is a message
 * key under {@code platform.upload.}.
 */
public final class UploadCheck {

    /** The kinds of file accepted, with the content type they are served back as. */
    public enum Kind {
        PDF("application/pdf"), JPEG("image/jpeg"), PNG("image/png");

        public final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }
    }

    /** A refused upload: why, as a message key with its arguments. */
    public record Refusal(String messageKey, Object... arguments) {
    }

    private static final Pattern BAD_NAME = Pattern.compile(".*(\\.\\.|[/\\\\]|\\p{Cntrl}).*");
    /** Beyond this a small file claiming so many pixels is a bomb, whatever the kind of upload. */
    private static final long MAX_PIXELS = 40_000_000L;

    private UploadCheck() {
    }

    public static Optional<Refusal> refusal(String filename, byte[] content, long maxBytes) {
        return refusal(filename, content, maxBytes, MAX_PIXELS);
    }

    /** The same, with images refused above {@code maxPixels} (read from the header, nothing decoded). */
    public static Optional<Refusal> refusal(String filename, byte[] content, long maxBytes, long maxPixels) {
        if (content == null || content.length == 0) {
            return Optional.of(new Refusal("platform.upload.empty"));
        }
        if (content.length > maxBytes) {
            return Optional.of(new Refusal("platform.upload.tooLarge", maxBytes / (1024 * 1024)));
        }
        if (filename == null || filename.isBlank() || filename.length() > 200 || BAD_NAME.matcher(filename).matches()) {
            return Optional.of(new Refusal("platform.upload.badName"));
        }
        Optional<Kind> kind = kind(content);
        if (kind.isEmpty()) {
            return Optional.of(new Refusal("platform.upload.badType"));
        }
        if (kind.get() != Kind.PDF) {
            long pixels = pixels(content);
            if (pixels <= 0 || pixels > MAX_PIXELS) {
                return Optional.of(new Refusal("platform.upload.badImage"));
            }
            if (pixels > maxPixels) {
                return Optional.of(new Refusal("platform.upload.tooManyPixels", maxPixels / 1_000_000));
            }
        }
        return Optional.empty();
    }

    /** The kind of file the bytes really are, whatever the name says. */
    public static Optional<Kind> kind(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return Optional.of(Kind.PDF);
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (c.length >= 8 && (c[0] & 0xFF) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0D
                && c[5] == 0x0A && c[6] == 0x1A && c[7] == 0x0A) {
            return Optional.of(Kind.PNG);
        }
        return Optional.empty();
    }

    /** Reads only the image header: the pixels it claims, or 0 when it cannot be read. */
    private static long pixels(byte[] content) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return 0;
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return (long) reader.getWidth(0) * reader.getHeight(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
