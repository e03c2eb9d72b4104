package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import ma.tiwizi.platform.files.PhotoBurst;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Photos built to exhaust memory are refused from their header; a burst of large ones is decoded a few at a time. */
class PhotoBombTest extends MarketTestSupport {

    private static byte[] jpeg(int width, int height, int type) throws Exception {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(180, 40, 20), width, height, new Color(250, 210, 60)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void aFortyMegapixelPhotoOfAFewHundredKilobytesIsRefusedFromItsHeaderWithTheLimit() throws Exception {
        var president = cooperative("تعاونية القنبلة", 1L, "");
        long id = product(president, "زيت أركان", Category.ARGAN_OIL, "150", 5);
        byte[] bomb = jpeg(8000, 5000, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        var result = mvc.perform(multipart("/market/products/" + id + "/photos")
                .file(new MockMultipartFile("photo", "bomb.jpg", "image/jpeg", bomb))
                .with(user(president)).with(csrf())).andReturn();

        assertThat(result.getFlashMap().get("flashError")).isEqualTo("platform.upload.tooManyPixels");
        assertThat((Object[]) result.getFlashMap().get("flashArgs")).containsExactly(24L);
        assertThat(products.photos(id)).isEmpty();
    }

    @Test
    void eightLargePhotosSentAtOnceAreAllAnswered() throws Exception {
        var president = cooperative("تعاونية الصور الكبيرة", 1L, "");
        byte[] photo = jpeg(5400, 3700, BufferedImage.TYPE_INT_RGB);
        var ids = new ArrayList<Long>();
        for (int i = 0; i < 8; i++) {
            ids.add(product(president, "منتج " + i, Category.HONEY, "100", 5));
        }
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            var answers = new ArrayList<Future<Object>>();
            for (long id : ids) {
                Callable<Object> upload = () -> {
                    start.await();
                    return mvc.perform(multipart("/market/products/" + id + "/photos")
                            .file(new MockMultipartFile("photo", "big.jpg", "image/jpeg", photo))
                            .with(user(president)).with(csrf())).andReturn().getFlashMap().get("flash");
                };
                answers.add(pool.submit(upload));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo("market.flash.photoAdded");
            }
        }
        for (long id : ids) {
            assertThat(products.photos(id)).hasSize(1);
        }
        // out of stock again, so that these test products never crowd the storefront's featured products
        jdbc.sql("update market_product set stock = 0 where id in (:ids)").param("ids", ids).update();
    }

    @Test
    void eightWorstCasePhotosAtOnceFitInASmallHeap() throws Exception {
        Path file = Files.createTempFile("tiwizi-photo", ".jpg");
        try {
            // just under the 24-megapixel limit: 96 MB each if decoded whole
            Files.write(file, jpeg(6000, 3990, BufferedImage.TYPE_INT_RGB));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            var process = new ProcessBuilder(java, "-Xmx256m", "-Djava.awt.headless=true", "-cp",
                    System.getProperty("java.class.path"), PhotoBurst.class.getName(), file.toString(), "8")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            assertThat(output).doesNotContain("OutOfMemoryError").contains("resized 8");
            assertThat(process.exitValue()).isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
