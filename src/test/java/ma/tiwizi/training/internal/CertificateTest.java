package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateTest extends TrainingTestSupport {

    @Test
    void aParticipantMarkedPresentGetsAnArabicCertificateWhoseQrCodeLeadsToItsPublicVerification() throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة الشهادات " + uniqueNumber());
        long cooperative = register(form("تعاونية الشهادات", "Certificates coop", uniqueNumber()));
        String tag = uniqueNumber();
        String name = "خديجة الحسني " + tag;
        fixture.seat(session, cooperative, name, "ليلى " + tag);
        long khadija = fixture.participant(session, name);
        long layla = fixture.participant(session, "ليلى " + tag);
        clock.set(july2030(2, 10, 0));
        mvc.perform(post("/trainer/sessions/" + session + "/attendance").with(user(trainer)).with(csrf())
                .param("participant", String.valueOf(khadija)).param("present", "true"))
                .andExpect(status().is3xxRedirection());
        clock.reset();

        // the absent one has no certificate, and the page says why in words, not "someone changed this card"
        mvc.perform(get("/training/participants/" + layla + "/certificate.pdf").with(user(coop(cooperative))))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("حضرت هذه المشاركة 0 من 1")))
                .andExpect(content().string(not(containsString("قام شخص آخر"))));
        byte[] pdf = mvc.perform(get("/training/participants/" + khadija + "/certificate.pdf")
                        .with(user(coop(cooperative))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String code = jdbc.sql("select code from training_certificate where participant_id = :p")
                .param("p", khadija).query(String.class).single();
        String qr;
        try (var document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("خديجة الحسني").contains(code).contains("Attestation de participation");
            assertThat(document.getNumberOfPages()).isOne();
            // a whole printed page, as a phone camera sees it: the QR code among the text, read the hard way
            var image = new PDFRenderer(document).renderImageWithDPI(0, 300);
            qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        }
        assertThat(qr).endsWith("/verify/" + code);
        mvc.perform(get(qr.substring(qr.indexOf("/verify/"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("هذه الشهادة صحيحة.")))
                .andExpect(content().string(containsString(name)))
                // the holder forwards it: the WhatsApp text carries the address where anyone can check it
                .andExpect(content().string(containsString("href=\"https://wa.me/?text=")))
                .andExpect(content().string(containsString(java.net.URLEncoder.encode(qr,
                        java.nio.charset.StandardCharsets.UTF_8))));

        mvc.perform(get("/training/participants/" + khadija + "/certificate.pdf").with(user(coop(cooperative))))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from training_certificate where participant_id = :p")
                .param("p", khadija).query(Long.class).single()).isOne();

        mvc.perform(get("/training/participants/" + layla + "/certificate.pdf").with(user(coop(cooperative))))
                .andExpect(status().isConflict());
        long other = register(form("تعاونية غريبة", "Stranger", uniqueNumber()));
        mvc.perform(get("/training/participants/" + khadija + "/certificate.pdf").with(user(coop(other))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/invitations/" + jdbc.sql("select invitation_id from training_participant where id = :p")
                        .param("p", khadija).query(Long.class).single()).with(user(coop(cooperative))))
                .andExpect(content().string(containsString("/training/participants/" + khadija + "/certificate.pdf")));
    }

    @Test
    void aProgrammeCertificateNeedsTheRequiredSessionsAndIsIssuedOncePerPerson() throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long programme = fixture.programme(2);
        long first = fixture.session(programme, trainer.userId(), "قاعة أولى " + uniqueNumber(), 2);
        long second = fixture.session(programme, trainer.userId(), "قاعة ثانية " + uniqueNumber(), 3);
        long cooperative = register(form("تعاونية المسار", "Path coop", uniqueNumber()));
        String name = "نادية " + uniqueNumber();
        long firstInvitation = fixture.seat(first, cooperative, name);
        fixture.seat(second, cooperative, name);
        long atFirst = fixture.participant(first, name);
        long atSecond = fixture.participant(second, name);
        clock.set(july2030(2, 10, 0));
        mark(first, trainer, atFirst, true).andExpect(status().is3xxRedirection());

        mvc.perform(get("/training/participants/" + atFirst + "/certificate.pdf").with(user(coop(cooperative))))
                .andExpect(status().isConflict());
        mvc.perform(get("/training/invitations/" + firstInvitation).with(user(coop(cooperative))))
                .andExpect(content().string(not(containsString("/certificate.pdf"))));
        mvc.perform(get("/cooperatives/" + cooperative + "/training").with(user(coop(cooperative))))
                .andExpect(content().string(containsString("حضور 1 من أصل حصتين مطلوبتين")));

        clock.set(july2030(3, 10, 0));
        mark(second, trainer, atSecond, true).andExpect(status().is3xxRedirection());
        clock.reset();
        mvc.perform(get("/cooperatives/" + cooperative + "/training").with(user(coop(cooperative))))
                .andExpect(content().string(containsString("حضور 2 من أصل حصتين مطلوبتين")))
                .andExpect(content().string(containsString("/training/participants/" + atFirst + "/certificate.pdf")));
        byte[] pdf = mvc.perform(get("/training/participants/" + atSecond + "/certificate.pdf")
                        .with(user(coop(cooperative))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        mvc.perform(get("/training/participants/" + atFirst + "/certificate.pdf").with(user(coop(cooperative))))
                .andExpect(status().isOk());
        var codes = jdbc.sql("select code from training_certificate where programme_id = :g").param("g", programme)
                .query(String.class).list();
        assertThat(codes).hasSize(1);
        try (var document = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains(codes.get(0)).contains("01/07/2030").contains("10/07/2030")
                    .contains("Le marketing");
        }
        mvc.perform(get("/verify/" + codes.get(0)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("التسويق")));
        // typed from the paper: lower case, spaces instead of dashes, in the box of /verify
        mvc.perform(get("/verify")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code\"")))
                .andExpect(content().string(not(containsString("id=\"verdict\""))));
        mvc.perform(get("/verify").param("code", " " + codes.get(0).toLowerCase().replace("-", " ") + " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/verify/" + codes.get(0).replace("-", "").toLowerCase()))
                .andExpect(status().isOk());
        long stranger = register(form("تعاونية فضولية", "Curious", uniqueNumber()));
        mvc.perform(get("/cooperatives/" + cooperative + "/training").with(user(coop(stranger))))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownOrForgedCodeShowsNotFoundAndNobodysCertificate() throws Exception {
        mvc.perform(get("/verify/ABCD-EFGH-JKLM"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("لا توجد شهادة بالرمز")))
                .andExpect(content().string(not(containsString("id=\"certificate\""))));
        mvc.perform(get("/verify/' or 1=1 --")).andExpect(status().isNotFound());
    }

    @org.springframework.beans.factory.annotation.Autowired
    Certificates certificates;

    /**
     * The longest certificate the forms allow (200-character names, programme and venue, every module) is one A4
     * page; the Arabic name inside the French sentence keeps the sentence in order; each date stays on one line.
     */
    @Test
    void theLongestCertificateIsOnePageWithEachLanguageInItsOwnDirection() throws Exception {
        String longArabic = "تعاونية النساء القرويات لإنتاج وتثمين وتسويق الزعفران والأعشاب العطرية والطبية ".repeat(3)
                .substring(0, 200);
        String longFrench = "Coopérative des femmes rurales pour la production et la valorisation du safran ".repeat(3)
                .substring(0, 200);
        var modules = java.util.List.of("القانون التعاوني والحكامة", "التدبير المالي والإداري",
                "إعداد المشاريع وطلب الدعم", "نموذج الأعمال القابل للتمويل", "التسويق والعلامة التجارية",
                "التجارة الإلكترونية والبيع عبر الإنترنت", "الجودة والتصديق والعلامات", "التصدير والمعارض");
        var modulesFr = java.util.List.of("Droit coopératif et gouvernance", "Gestion financière et administrative",
                "Montage de projets et demande d'appui", "Modèle d'affaires bancable", "Marketing et marque",
                "Commerce électronique et vente en ligne", "Qualité, certification et labels", "Export et salons");
        var certificate = new Certificates.Certificate("ABCD-EFGH-JKLM", "فاطمة الزهراء بنت عبد الرحمان أيت الحاج "
                + "الحسني الإدريسي", longArabic, longFrench, longArabic, java.time.LocalDate.of(2030, 7, 1),
                java.time.LocalDate.of(2030, 12, 31), longArabic, modules, modulesFr,
                "https://tiwizi.indh-taroudant.ma/verify/ABCD-EFGH-JKLM", "F");
        byte[] pdf = certificates.pdf(certificate);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "pdf"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "pdf", "certificate-longest.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("01/07/2030").contains("31/12/2030").contains("atteste que")
                    .contains("Export et salons");
        }
    }
}
