package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import ma.tiwizi.Acting;
import ma.tiwizi.administration.register.MemberForm;
import ma.tiwizi.administration.register.MemberRegister;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.platform.web.Form;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A president holds a general assembly from a 360 px phone in Arabic: convenes it, marks who came, misses the quorum,
 * calls again, sees the quorum reached at the second call, records two resolutions and downloads the minutes.
 */
class AssemblyInTheBrowserTest extends BrowserTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired MemberRegister register;

    @Test
    void aPresidentHoldsAnAssemblyFromAPhone() throws Exception {
        long cooperative = register(form("تعاونية الجمع في المتصفح", "Assembly coop", uniqueNumber()));
        String username = "assembly" + uniqueNumber().toLowerCase().replace("-", "");
        long userId = asAdmin(() -> accounts.openInitial(username, "رئيسة", "browser-password", Role.COOP,
                cooperative));
        var president = new TiwiziPrincipal(userId, username, "", "رئيسة", Role.COOP, cooperative,
                true, true);
        for (int i = 1; i <= 8; i++) {
            var member = new MemberForm("عضوة " + i, "", MemberForm.Sex.F, 1985, "", "", LocalDate.of(2021, 1, 4), 1,
                    new BigDecimal("100"), new BigDecimal("100"));
            Acting.as(president, () -> register.admit(member));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Africa/Casablanca"));

        open(360, 740);
        signIn(username);
        press(By.cssSelector("a[href='/administration/assemblies']"));
        press(By.cssSelector("a[href='/administration/assemblies/new']"));
        type("heldOn", DAY.format(today.plusDays(20)));
        type("place", "مقر التعاونية، تالوين");
        type("agenda", "المصادقة على حسابات السنة\nانتخاب المسير");
        press(By.cssSelector("form[action='/administration/assemblies'] button[type=submit]"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("notice-last-day")));
        assertThat(driver.findElement(By.id("notice-last-day")).getText())
                .isEqualTo("آخر أجل لإرسال الدعوة: " + DAY.format(today.plusDays(4)) + ".");
        assertThat(driver.findElement(By.id("sms")).getAttribute("value")).contains("مقر التعاونية، تالوين");
        assertRightToLeftWithoutHorizontalScroll();

        press(By.cssSelector("#notice button[type=submit]"));
        markPresent(3);
        assertThat(driver.findElement(By.id("quorum-state")).getText()).isEqualTo("لم يكتمل النصاب.");
        type("heldOn", DAY.format(today.plusDays(12)));
        press(By.cssSelector("form[action$='/call-again'] button[type=submit]"));
        press(By.cssSelector("#notice button[type=submit]"));
        markPresent(3);
        assertThat(driver.findElement(By.id("quorum-figures")).getText())
                .contains("3 من أصل 8 من الأعضاء حاضرون أو ممثَّلون؛ والمطلوب 2 في الدعوة 2");
        assertThat(driver.findElement(By.id("quorum-state")).getText()).isEqualTo("اكتمل النصاب.");
        assertRightToLeftWithoutHorizontalScroll();

        vote(0, "2", "1");
        vote(1, "3", "0");
        assertThat(driver.findElement(By.id("outcome-0")).getText()).contains("صودق عليه").contains("2 مع، 1 ضد");
        assertThat(driver.findElement(By.id("outcome-1")).getText()).contains("صودق عليه");
        assertAccessible();

        String minutes = driver.findElement(By.id("minutes-link")).getAttribute("href");
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                        + " let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); });",
                minutes);
        try (var document = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
            assertThat(text).contains("محضر الجمع العام").contains("الدعوة الثانية").contains("اكتمل النصاب");
        }
    }

    private void markPresent(int present) {
        var members = driver.findElements(By.cssSelector("#attendance li[id^='member-']"));
        for (int i = 0; i < members.size(); i++) {
            String id = members.get(i).getAttribute("id").substring("member-".length());
            press(By.id("presence-" + id + "-" + (i < present ? "PRESENT" : "ABSENT")));
        }
        press(By.cssSelector("form[action$='/attendance'] button[type=submit]"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("quorum-state")));
    }

    private void vote(int item, String inFavour, String against) {
        type("for-" + item, inFavour);
        type("against-" + item, against);
        press(By.cssSelector("#item-" + item + " button[type=submit]"));
        wait(ExpectedConditions.presenceOfElementLocated(By.id("outcome-" + item)));
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void wait(ExpectedCondition<?> condition) {
        waitUntil(condition);
    }
}
