import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

/** Reads the text of the QR code in the first PNG data URI of an HTML page (bench/cluster.sh reads the check-in URL). */
public class QrText {
    public static void main(String[] args) throws Exception {
        String html = Files.readString(Path.of(args[0]));
        int start = html.indexOf("data:image/png;base64,") + "data:image/png;base64,".length();
        String data = html.substring(start, html.indexOf('"', start));
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(data)));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        System.out.println(new MultiFormatReader().decode(bitmap).getText());
    }
}
