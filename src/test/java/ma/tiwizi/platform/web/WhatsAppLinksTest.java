package ma.tiwizi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhatsAppLinksTest {

    @Test
    void theTextToForwardTravelsWholeInTheLinkArabicSpacesAndSymbolsIncluded() {
        var ui = new Ui(null, Locale.forLanguageTag("ar"), "/", null, null, null, null, Map.of());
        String text = "جمع عام عادي يوم 15/01/2027 على الساعة 10:00 — مقر التعاونية & كل الأعضاء + الشركاء؟";

        String link = ui.whatsapp(text);

        assertThat(link).startsWith("https://wa.me/?text=").doesNotContain(" ").doesNotContain("+");
        String query = URI.create(link).getRawQuery();
        assertThat(URLDecoder.decode(query.substring("text=".length()), StandardCharsets.UTF_8)).isEqualTo(text);
    }
}
