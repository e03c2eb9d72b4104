package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import ma.tiwizi.TestInfrastructure;
import ma.tiwizi.platform.sms.TestSmsc;
import ma.tiwizi.training.internal.Enrolments;
import ma.tiwizi.training.internal.InviteForm;
import ma.tiwizi.training.internal.Programmes;
import ma.tiwizi.training.internal.TrainingFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a 360 px phone in Arabic, a president whose cooperative was invited to a training session creates her own
 * account: the code comes by SMS through a real SMPP server started here, her phone is the registry's so the account
 * opens at once; she signs in with her number, sees the invitation counted in her inbox and first on her to-do home,
 * names a participant, and the task leaves the list. Then she forgets her password and chooses another with a second
 * code read from the same server.
 */
class SignUpInTheBrowserTest extends BrowserTestSupport {

    private static final TestSmsc SMSC = TestSmsc.start();
    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @DynamicPropertySource
    static void ownDatabaseAndGateway(DynamicPropertyRegistry registry) {
        // a database of its own, so that no other context's dispatcher takes these SMS
        TestInfrastructure.postgres(registry, "signup_browser");
        registry.add("tiwizi.sms.host", () -> "127.0.0.1");
        registry.add("tiwizi.sms.port", SMSC::port);
        registry.add("tiwizi.sms.system-id", () -> "tiwizi");
        registry.add("tiwizi.sms.password", () -> "secret");
        registry.add("tiwizi.sms.dispatch-every", () -> "PT0.3S");
        registry.add("tiwizi.sms.dispatch-after-start", () -> "PT1S");
    }

    @AfterAll
    static void stopTheSmsc() {
        SMSC.close();
    }

    @Autowired JdbcClient jdbc;
    @Autowired Programmes programmes;
    @Autowired Enrolments enrolments;

    /** The last text received for the number that holds a code (waits for it), and the code in it. */
    private String code(String destination, String words, int count) {
        List<String> texts = waitUntil(30, driver -> {
            var found = SMSC.textsTo(destination).stream().filter(t -> t.contains(words)).toList();
            return found.size() >= count ? found : null;
        });
        var matcher = CODE.matcher(texts.getLast());
        assertThat(matcher.find()).as(texts.getLast()).isTrue();
        return matcher.group(1);
    }

    @Test
    void aPresidentSignsUpOnHerPhoneAndNamesWhoWillAttend() {
        var fixture = new TrainingFixture(jdbc, accounts, programmes, enrolments);
        var trainer = fixture.trainer(uniqueNumber());
        long session = fixture.session(trainer.userId(), "قاعة التسجيل " + uniqueNumber());
        String mobile = "06" + String.format("%08d", Math.floorMod(System.nanoTime(), 100_000_000L));
        String destination = "212" + mobile.substring(1);
        String number = uniqueNumber();
        var cooperative = form("تعاونية أركان الجبل", "Argane coop", number);
        long id = register(cooperative);
        jdbc.sql("update registry_cooperative set phone = :p, email = null where id = :id").param("p", mobile)
                .param("id", id).update();
        asAdmin(() -> enrolments.invite(session,
                new InviteForm(null, cooperative.communeId(), null, null, null, null)));
        waitUntil(30, driver -> SMSC.textsTo(destination).stream().anyMatch(t -> t.contains("/inbox/")));

        open(360, 740);
        driver.get(url("/login"));
        press(By.id("signup"));
        assertRightToLeftWithoutHorizontalScroll();
        driver.findElement(By.id("fullName")).sendKeys("فاطمة أيت باها");
        driver.findElement(By.id("phone")).sendKeys(mobile.replaceAll("(\\d{2})(?=\\d)", "$1 "));
        driver.findElement(By.id("registrationNumber")).sendKeys(number);
        driver.findElement(By.id("password")).sendKeys("short");
        press(By.id("signup-send"));
        assertThat(driver.findElement(By.id("fullName")).getAttribute("value")).as("kept after a refusal")
                .isEqualTo("فاطمة أيت باها");
        driver.findElement(By.id("password")).clear();
        driver.findElement(By.id("password")).sendKeys("أركان الجبل وزعفران تالوين");
        press(By.id("signup-send"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        assertRightToLeftWithoutHorizontalScroll();
        driver.findElement(By.id("code")).sendKeys(code(destination, "رمز فتح حسابكم", 1));
        press(By.id("signup-prove"));
        waitUntil(ExpectedConditions.urlContains("/login"));

        driver.findElement(By.id("username")).sendKeys(mobile);
        driver.findElement(By.id("password")).sendKeys("أركان الجبل وزعفران تالوين");
        press(By.cssSelector("form[action='/login'] button[type=submit]"));
        waitUntil(ExpectedConditions.urlToBe(url("/")));
        assertRightToLeftWithoutHorizontalScroll();
        assertThat(driver.findElement(By.id("unread")).getText()).isEqualTo("1");
        var invitation = driver.findElement(By.cssSelector("#todo a[href^='/training/invitations/']"));
        assertThat(invitation.getText()).startsWith("سمّوا من سيحضر «").contains("02/07/2030");
        press(By.cssSelector("#todo a[href^='/training/invitations/']"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("fullName")));
        assertRightToLeftWithoutHorizontalScroll();
        driver.findElement(By.id("fullName")).sendKeys("حليمة أوحماد");
        new Select(driver.findElement(By.id("sex"))).selectByValue("F");
        new Select(driver.findElement(By.id("ageBand"))).selectByIndex(1);
        driver.findElement(By.id("phone")).sendKeys("0612345699");
        press(By.cssSelector("form[action$='/participants'] button[type=submit]"));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("participants"), "حليمة أوحماد"));
        press(By.cssSelector("a.navbar-brand"));
        waitUntil(ExpectedConditions.urlToBe(url("/")));
        assertThat(driver.findElements(By.cssSelector("a[href^='/training/invitations/']"))).as("named: done")
                .isEmpty();

        press(By.id("inbox-link"));
        press(By.cssSelector("#notices a"));
        waitUntil(ExpectedConditions.urlContains("/training/invitations"));
        driver.get(url("/"));
        assertThat(driver.findElements(By.id("unread"))).as("read").isEmpty();

        js("document.querySelector('form[action=\"/logout\"]').submit()");
        waitUntil(ExpectedConditions.urlContains("/login"));
        press(By.id("forgot"));
        driver.findElement(By.id("phone")).sendKeys(mobile);
        press(By.cssSelector("form[action='/password/forgot'] button[type=submit]"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("code")));
        driver.findElement(By.id("code")).sendKeys(code(destination, "لاختيار كلمة مرور جديدة", 1));
        driver.findElement(By.id("newPassword")).sendKeys("كلمة مرور جديدة للتعاونية");
        press(By.cssSelector("form[action='/password/reset'] button[type=submit]"));
        waitUntil(ExpectedConditions.urlContains("/login"));
        driver.findElement(By.id("username")).sendKeys(mobile);
        driver.findElement(By.id("password")).sendKeys("كلمة مرور جديدة للتعاونية");
        press(By.cssSelector("form[action='/login'] button[type=submit]"));
        waitUntil(ExpectedConditions.urlToBe(url("/")));
    }
}
