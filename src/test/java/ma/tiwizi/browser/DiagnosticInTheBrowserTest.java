package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A cooperative president takes the capacity diagnostic on a phone, in Arabic, and sees what to train first. */
class DiagnosticInTheBrowserTest extends BrowserTestSupport {

    @Test
    void onAPhoneAPresidentAnswersTheTwentyQuestionsAndSeesHerScoresAndRecommendedModules() {
        open(360, 740);
        long cooperative = register(form("تعاونية الأركان", "Argan coop", uniqueNumber()));
        String username = "diag" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "رئيسة", "browser-password", Role.COOP, cooperative));
        signIn(username);
        driver.get(url("/cooperatives/" + cooperative));
        press(By.cssSelector("a[href$='/training']"));
        assertRightToLeftWithoutHorizontalScroll();
        press(By.cssSelector("main a[href$='/diagnostic']"));
        assertRightToLeftWithoutHorizontalScroll();
        for (int q = 1; q <= 20; q++) {
            int answer = q <= 4 ? 3 : q <= 8 ? 0 : 2;
            press(By.cssSelector("label[for='q" + q + "-" + answer + "']"));
        }
        press(By.cssSelector("main form button[type=submit]"));

        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("scores")));
        assertThat(driver.findElement(By.cssSelector("tr[data-dimension=GOVERNANCE] .score")).getText())
                .isEqualTo("100%");
        assertThat(driver.findElement(By.cssSelector("tr[data-dimension=FINANCE] .score")).getText())
                .isEqualTo("0%");
        assertThat(driver.findElement(By.id("recommended")).getText()).contains("التدبير المالي")
                .doesNotContain("التسويق الرقمي");
        assertRightToLeftWithoutHorizontalScroll();
    }
}
