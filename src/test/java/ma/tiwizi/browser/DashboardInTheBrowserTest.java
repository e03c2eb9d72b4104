package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.insights.Analytics;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** On a phone, in Arabic: the committee's dashboard is readable, accessible, draws its charts and filters. */
class DashboardInTheBrowserTest extends BrowserTestSupport {

    @Autowired
    Analytics analytics;

    @Test
    void anAdministratorReadsTheDashboardOnAPhoneAndNarrowsItToWomenLedCooperatives() {
        register(form("تعاونية لوحة المتصفح", "Browser dashboard coop", uniqueNumber()));
        analytics.rebuild();
        String admin = newAdmin();
        open(360, 740);
        signIn(admin);
        press(By.cssSelector("a[href='/admin/insights']"));
        assertRightToLeftWithoutHorizontalScroll();
        assertThat(driver.findElement(By.id("indicator-registered")).getText()).contains("التعاونيات المسجلة");
        assertThat((Boolean) js("return typeof Chart !== 'undefined' && Chart.getChart('chart-years') !== undefined"))
                .as("the chart by year is drawn").isTrue();
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("womenLed"))).selectByValue("true");
        press(By.cssSelector("#filters button[type=submit]"));
        // wait for the navigation the button causes, never for a time
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("womenLed=true"));
        assertRightToLeftWithoutHorizontalScroll();
        press(By.cssSelector("#indicator-applicationsSubmitted a"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("طلبات الدعم المودعة");
        assertRightToLeftWithoutHorizontalScroll();
    }
}
