package ma.tiwizi.training.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import ma.tiwizi.platform.TiwiziPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

class CheckInTest extends TrainingTestSupport {

    /** Reads the QR code the trainer's page shows, as a participant's phone would. */
    private String scan(long session, TiwiziPrincipal trainer) throws Exception {
        String html = mvc.perform(get("/trainer/sessions/" + session + "/qr").with(user(trainer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var matcher = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        assertThat(matcher.find()).isTrue();
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(matcher.group(1))));
        String url = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        assertThat(url).contains("/checkin/" + session + "?code=");
        return url.substring(url.indexOf("code=") + 5);
    }

    private ResultActions checkIn(long session, String code, String phone) throws Exception {
        return mvc.perform(post("/checkin/" + session).with(csrf()).param("code", code).param("phone", phone));
    }

    @Test
    void aParticipantScansTheCurrentCodeAndIsMarkedPresentButAnOldOrForgedCodeIsRefused() throws Exception {
        var fixture = fixture();
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة الرمز " + uniqueNumber());
        long cooperative = register(form("تعاونية الرمز", "QR coop", uniqueNumber()));
        String tag = uniqueNumber();
        fixture.seat(session, cooperative, "نعيمة " + tag, "حفيظة " + tag);
        long naima = fixture.participant(session, "نعيمة " + tag);
        long hafida = fixture.participant(session, "حفيظة " + tag);

        clock.set(july2030(2, 8, 30));
        String early = scan(session, trainer);
        checkIn(session, early, "0612345610").andExpect(status().isConflict())
                .andExpect(content().string(containsString("لا يمكن تسجيل الحضور قبل بداية الحصة.")));

        clock.set(july2030(2, 9, 5));
        String code = scan(session, trainer);
        mvc.perform(get("/checkin/" + session).param("code", code)).andExpect(status().isOk())
                .andExpect(content().string(containsString("رقم هاتفك كما أعطيته عند التسجيل")));
        checkIn(session, code, "06 12 34 56 10").andExpect(status().isOk())
                .andExpect(content().string(containsString("مرحبا نعيمة " + tag)));
        assertThat(attended(naima)).isTrue();

        checkIn(session, code, "0699999999").andExpect(status().isConflict())
                .andExpect(content().string(containsString("لا يوجد مشارك بهذا الرقم الهاتفي")))
                .andExpect(content().string(containsString("0699999999")));
        checkIn(session, "0123456789abcdef0123", "0612345611").andExpect(status().isConflict())
                .andExpect(content().string(containsString("انتهت صلاحية رمز QR هذا أو أنه غير صحيح")));

        clock.set(july2030(2, 9, 8));
        checkIn(session, code, "0612345611").andExpect(status().isConflict())
                .andExpect(content().string(containsString("انتهت صلاحية رمز QR هذا أو أنه غير صحيح")));
        assertThat(attended(hafida)).isNull();
        checkIn(session, scan(session, trainer), "0612345611").andExpect(status().isOk());
        assertThat(attended(hafida)).isTrue();

        var other = fixture.trainer(uniqueNumber());
        mvc.perform(get("/trainer/sessions/" + session + "/qr").with(user(other))).andExpect(status().isForbidden());
    }
}
