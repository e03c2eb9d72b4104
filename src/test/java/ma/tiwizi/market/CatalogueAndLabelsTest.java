package ma.tiwizi.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

class CatalogueAndLabelsTest extends MarketTestSupport {

    private static final String EMPTY_FILE = "اختر ملفا لإرساله.";

    @Test
    void aCooperativeManagesOnlyItsOwnProductsAndBadInputKeepsWhatWasTyped() throws Exception {
        var president = cooperative("تعاونية الكتالوج", 1L, "");
        var other = cooperative("تعاونية أخرى", 1L, "");
        mvc.perform(post("/market/products/new").with(user(president)).with(csrf()).param("nameAr", "")
                        .param("descriptionAr", "زيت أصيل").param("category", "ARGAN_OIL").param("unit", "ML")
                        .param("size", "250").param("price", "0").param("stock", "-2").param("visible", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("اكتبوا اسم المنتوج بلغة واحدة على الأقل")))
                .andExpect(content().string(containsString("اكتبوا ثمنا أكبر من صفر بالدرهم")))
                .andExpect(content().string(containsString("اكتبوا كمية متوفرة تساوي صفرا أو أكثر")))
                .andExpect(content().string(containsString("زيت أصيل")));
        String location = mvc.perform(post("/market/products/new").with(user(president)).with(csrf())
                        .param("nameAr", "زيت أركان").param("descriptionAr", "<script>alert('x')</script> زيت أصيل")
                        .param("category", "ARGAN_OIL").param("unit", "ML").param("size", "250")
                        .param("price", "180.50").param("stock", "12").param("visible", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/shop/products/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert("))));

        mvc.perform(get("/market/products/" + id).with(user(other))).andExpect(status().isForbidden());
        mvc.perform(post("/market/products/" + id).with(user(other)).with(csrf()).param("nameAr", "مسروق")
                .param("category", "ARGAN_OIL").param("unit", "ML").param("size", "250").param("price", "1")
                .param("stock", "1").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/market").with(user(admin()))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select name_ar from market_product where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("زيت أركان");

        mvc.perform(post("/market/products/" + id).with(user(president)).with(csrf()).param("nameAr", "زيت أركان")
                        .param("category", "ARGAN_OIL").param("unit", "ML").param("size", "250").param("price", "1")
                        .param("stock", "1").param("_visible", "on").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/shop/products/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/market/products/" + id).with(user(president)).with(csrf()).param("nameAr", "قديم")
                        .param("category", "ARGAN_OIL").param("unit", "ML").param("size", "250").param("price", "1")
                        .param("stock", "1").param("_visible", "on").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("value=\"قديم\"")));
    }

    @Test
    void photosAreResizedWithoutTheirMetadataAndAnythingElseIsRefusedStoringNothing() throws Exception {
        var president = cooperative("تعاونية الصور", 1L, "");
        long id = product(president, "عسل الزعتر", Category.HONEY, "120", 5);
        byte[] withGps = withExif(jpeg(2000, 1500), "GPS 30.47N 8.87W");
        assertThat(new String(withGps, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("Exif").contains("GPS");

        mvc.perform(multipart("/market/products/" + id + "/photos")
                        .file(new MockMultipartFile("photo", "notes.pdf", "image/jpeg", "%PDF-1.4 not a photo".getBytes()))
                        .with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flashError", "market.error.notAnImage"));
        mvc.perform(multipart("/market/products/" + id + "/photos")
                        .file(new MockMultipartFile("photo", "huge.jpg", "image/jpeg", new byte[30 * 1024 * 1024]))
                        .with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flashError", "platform.upload.tooLarge"));
        assertThat(products.photos(id)).isEmpty();

        mvc.perform(multipart("/market/products/" + id + "/photos")
                        .file(new MockMultipartFile("photo", "field.jpg", "image/jpeg", withGps))
                        .with(user(president)).with(csrf()))
                .andExpect(flash().attribute("flash", "market.flash.photoAdded"));
        var photo = products.photos(id).get(0);
        for (var size : java.util.Map.of("small", 320, "medium", 640, "large", 1200).entrySet()) {
            byte[] stored = mvc.perform(get("/shop/photos/" + photo.id() + "/" + size.getKey() + ".jpg"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            var image = ImageIO.read(new ByteArrayInputStream(stored));
            assertThat(image.getWidth()).isEqualTo(size.getValue());
            assertThat(image.getHeight()).isEqualTo(size.getValue() * 3 / 4);
            assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Exif")
                    .doesNotContain("GPS");
        }
        var other = cooperative("تعاونية فضولية", 1L, "");
        mvc.perform(multipart("/market/products/" + id + "/photos")
                .file(new MockMultipartFile("photo", "x.jpg", "image/jpeg", jpeg(100, 100)))
                .with(user(other)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void onlyLabelsTheCommitteeVerifiedAreShownToShoppers() throws Exception {
        var president = cooperative("تعاونية الزعفران الحر", 1L, "");
        long saffron = product(president, "زعفران تالوين", Category.SAFFRON, "95", 10);
        var claim = multipart("/market/labels").file(new MockMultipartFile("document", "aop.pdf", "application/pdf",
                "%PDF-1.4 arrêté".getBytes())).param("kind", "ONSSA").param("detail", "")
                .with(user(president)).with(csrf());
        mvc.perform(claim).andExpect(status().isConflict())
                .andExpect(content().string(containsString("اكتبوا رقم ترخيص أونسا")));
        mvc.perform(multipart("/market/labels").param("kind", "SAFRAN_TALIOUINE_AOP").param("detail", "")
                        .param("productId", String.valueOf(saffron)).with(user(president)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString(EMPTY_FILE)));
        assertThat(jdbc.sql("select count(*) from market_label where cooperative_id = :c")
                .param("c", president.cooperativeId()).query(Long.class).single()).isZero();

        mvc.perform(multipart("/market/labels").file(new MockMultipartFile("document", "aop.pdf", "application/pdf",
                        "%PDF-1.4 arrêté".getBytes())).param("kind", "SAFRAN_TALIOUINE_AOP")
                        .param("productId", String.valueOf(saffron)).with(user(president)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long label = jdbc.sql("select id from market_label where cooperative_id = :c")
                .param("c", president.cooperativeId()).query(Long.class).single();
        mvc.perform(get("/shop/products/" + saffron))
                .andExpect(content().string(not(containsString("تسمية المنشأ «زعفران تالوين»"))));
        mvc.perform(get("/shop/products?label=SAFRAN_TALIOUINE_AOP&q=زعفران تالوين"))
                .andExpect(content().string(not(containsString("/shop/products/" + saffron + "\""))));

        var stranger = cooperative("تعاونية غريبة", 1L, "");
        mvc.perform(get("/labels/" + label + "/document").with(user(stranger))).andExpect(status().isForbidden());
        mvc.perform(get("/labels/" + label + "/document").with(user(admin()))).andExpect(status().isOk());
        mvc.perform(post("/admin/labels/" + label).with(user(president)).with(csrf()).param("verified", "true"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/labels/" + label).with(user(admin())).with(csrf()).param("verified", "false"))
                .andExpect(flash().attribute("flashError", "market.error.rejectReason"));
        mvc.perform(post("/admin/labels/" + label).with(user(admin())).with(csrf()).param("verified", "true"))
                .andExpect(flash().attribute("flash", "market.flash.labelVerified"));

        mvc.perform(get("/shop/products/" + saffron))
                .andExpect(content().string(containsString("تسمية المنشأ «زعفران تالوين»")))
                .andExpect(content().string(containsString("زعفران مزروع ومجني ومجفف ومعبأ في منطقة تالوين")));
        mvc.perform(get("/shop/products").param("label", "SAFRAN_TALIOUINE_AOP").param("q", "زعفران تالوين"))
                .andExpect(content().string(containsString("/shop/products/" + saffron + "\"")));
    }

    @Test
    void theBrandPageTellsTheCooperativesStoryAndLinksToItsWhatsApp() throws Exception {
        var president = cooperative("تعاونية القصة", 9L, "");
        product(president, "زيت زيتون تيوت", Category.OLIVE_OIL, "90", 4);
        mvc.perform(get("/market/shop").with(user(president))).andExpect(status().isOk());
        mvc.perform(post("/market/shop").with(user(president)).with(csrf()).param("storyAr", "بدأنا سنة 2019 بعشر نساء.")
                        .param("whatsapp", "12345").param("bankAccount", "12").param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("بدأنا سنة 2019 بعشر نساء.")))
                .andExpect(content().string(containsString("رقم الحساب البنكي يتكون من 24 رقما")));
        mvc.perform(post("/market/shop").with(user(president)).with(csrf()).param("storyAr", "بدأنا سنة 2019 بعشر نساء.")
                        .param("whatsapp", "0661 23 45 67").param("bankName", "القرض الفلاحي")
                        .param("bankAccount", "225 810 0001234567890123 45").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/shop/cooperatives/" + president.cooperativeId()).param("lang", "fr"))
                .andExpect(content().string(containsString("بدأنا سنة 2019 بعشر نساء.")))
                .andExpect(content().string(containsString("https://wa.me/212661234567")))
                .andExpect(content().string(containsString("Coopérative dirigée par une femme")))
                .andExpect(content().string(containsString("زيت زيتون تيوت")));
    }

    static byte[] jpeg(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(190, 40, 40));
        g.fillRect(0, 0, width, height);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Inserts an APP1 "Exif" segment carrying the text right after the JPEG's start marker, as a camera would. */
    static byte[] withExif(byte[] jpeg, String text) {
        byte[] payload = ("Exif\0\0" + text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
