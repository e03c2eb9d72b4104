package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The golden path in a real browser (Debian's headless Chromium), in Arabic: sign in, register a cooperative, find it
 * again by another spelling of its name — on a 360 px phone and on a desk screen.
 */
class RegistryInTheBrowserTest extends BrowserTestSupport {

    @Test
    void onAPhoneAnAdministratorSignsInInArabicRegistersACooperativeAndFindsItByAnotherSpelling() {
        open(360, 740);
        String number = uniqueNumber();
        signIn(newAdmin());
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("مرحبا");
        assertRightToLeftWithoutHorizontalScroll();

        driver.get(url("/cooperatives/new"));
        assertRightToLeftWithoutHorizontalScroll();
        driver.findElement(By.id("nameAr")).sendKeys("تعاونيَّة أمَل تالوين للزعفران");
        driver.findElement(By.id("nameLatin")).sendKeys("Cooperative Amal Taliouine");
        driver.findElement(By.id("registrationNumber")).sendKeys(number);
        driver.findElement(By.id("createdOn")).sendKeys("05/07/2023");
        new Select(driver.findElement(By.id("communeId"))).selectByVisibleText("تالوين");
        new Select(driver.findElement(By.id("sector"))).selectByValue("SAFFRON");
        driver.findElement(By.id("phone")).sendKeys("0612345678");
        driver.findElement(By.id("presidentName")).sendKeys("فاطمة أيت علي");
        press(By.id("presidentSex-F"));
        driver.findElement(By.id("presidentBirthYear")).sendKeys("1994");
        WebElement women = driver.findElement(By.id("membersWomen"));
        women.clear();
        women.sendKeys("14");
        press(By.cssSelector("main form button[type=submit]"));

        waitUntil(ExpectedConditions.textToBe(By.id("cooperative-name"), "تعاونيَّة أمَل تالوين للزعفران"));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("تم تسجيل التعاونية.");
        assertThat(driver.getPageSource()).contains("ترأسها امرأة");

        driver.get(url("/cooperatives"));
        WebElement search = driver.findElement(By.id("q"));
        search.sendKeys("تعاونيه امل");
        waitUntil(d -> d.getCurrentUrl().contains("q="));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), number));
        assertThat(driver.findElement(By.id("result-count")).getText()).contains("عدد التعاونيات");
        assertRightToLeftWithoutHorizontalScroll();
    }

    @Test
    void onAPhoneACooperativeBuildsABusinessPlanAndSeesItsVerdictAndChart() {
        open(360, 740);
        long cooperative = register(form("تعاونية المخطط", "Plan coop", uniqueNumber()));
        String username = "president" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "رئيسة", "browser-password", Role.COOP, cooperative));
        signIn(username);
        driver.get(url("/cooperatives/" + cooperative + "/plans/new"));
        assertRightToLeftWithoutHorizontalScroll();
        driver.findElement(By.id("title")).sendKeys("معصرة زيت الزيتون");
        driver.findElement(By.id("products[0].name")).sendKeys("زيت الزيتون");
        driver.findElement(By.id("products[0].unit")).sendKeys("لتر");
        driver.findElement(By.id("products[0].unitPrice")).sendKeys("60");
        driver.findElement(By.id("products[0].volumeYear1")).sendKeys("8000");
        driver.findElement(By.id("products[0].growthPercent")).sendKeys("5");
        driver.findElement(By.id("products[0].variableCostPerUnit")).sendKeys("25");
        driver.findElement(By.id("fixedCosts[0].label")).sendKeys("أجور");
        driver.findElement(By.id("fixedCosts[0].amountPerYear")).sendKeys("90000");
        driver.findElement(By.id("investments[0].item")).sendKeys("معصرة");
        driver.findElement(By.id("investments[0].amount")).sendKeys("150000");
        driver.findElement(By.id("investments[0].usefulLifeYears")).sendKeys("10");
        WebElement grant = driver.findElement(By.id("grant"));
        grant.clear();
        grant.sendKeys("150000");
        press(By.cssSelector("main form button[type=submit]"));

        waitUntil(ExpectedConditions.textToBe(By.id("plan-title"), "معصرة زيت الزيتون"));
        assertThat(driver.findElement(By.id("verdict")).getText()).containsAnyOf("يمكن للممول", "هذا المخطط هش",
                "لا يمكن للممول");
        waitUntil(
                d -> Boolean.TRUE.equals(js("return typeof Chart !== 'undefined' && !!Chart.getChart('bizplan-chart')")));
        assertThat(driver.findElement(By.id("npv")).getText()).endsWith("درهم");
        assertRightToLeftWithoutHorizontalScroll();
    }

    @Test
    void onADeskScreenTheFormShowsEveryErrorInArabicAndKeepsWhatWasTyped() {
        open(1280, 900);
        signIn(newAdmin());
        driver.get(url("/cooperatives/new"));
        driver.findElement(By.id("nameLatin")).sendKeys("Typed Latin Name");
        driver.findElement(By.id("ice")).sendKeys("123");
        press(By.cssSelector("main form button[type=submit]"));
        WebElement summary = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("error-summary")));
        assertThat(summary.getText()).contains("أدخل اسم التعاونية بالعربية.")
                .contains("يتكون المعرف الموحد للمقاولة من 15 رقما بالضبط.");
        assertThat(driver.findElement(By.id("nameLatin")).getAttribute("value")).isEqualTo("Typed Latin Name");
        assertThat(driver.findElement(By.id("ice")).getAttribute("aria-invalid")).isEqualTo("true");
        assertRightToLeftWithoutHorizontalScroll();
    }
}
