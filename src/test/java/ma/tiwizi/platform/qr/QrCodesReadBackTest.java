package ma.tiwizi.platform.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every QR code Tiwizi draws — check-in codes (600 px), test links (400), certificates (300), product pages (600) —
 * is read back by a plain reader with no hint, as a phone's camera app would, whatever its content: hundreds of
 * addresses of the shapes Tiwizi prints, with random signatures. With the encoder's preferred mask about 3 in 100 of
 * them could not be located by the reader (a check-in test failed now and then); each code is now read back before it
 * is given out.
 */
class QrCodesReadBackTest {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @Test
    void everyCodeOfEverySizeReadsBack() throws IOException {
        var random = new Random(20261130);
        var unreadable = new ArrayList<String>();
        for (int i = 0; i < 150; i++) {
            String signature = signature(random, 22 + random.nextInt(44));
            String[] texts = {
                "https://tiwizi.example.ma/checkin/" + random.nextInt(100_000) + "?code=" + signature,
                "http://localhost:8080/t/" + random.nextInt(100_000) + "/PRE?k=" + signature,
                "https://tiwizi.example.ma/certificates/" + signature(random, 12),
                "https://tiwizi.example.ma/shop/products/" + random.nextInt(1_000_000)};
            int[] sizes = {600, 400, 300, 600};
            for (int k = 0; k < texts.length; k++) {
                if (!texts[k].equals(read(QrCode.png(texts[k], sizes[k])))) {
                    unreadable.add(sizes[k] + " px: " + texts[k]);
                }
            }
        }
        assertThat(unreadable).isEmpty();
    }

    private static String read(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image)))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String signature(Random random, int length) {
        var text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
