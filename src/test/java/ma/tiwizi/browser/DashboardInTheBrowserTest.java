package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.insights.dashboard.Analytics;
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
        // each chart has its own options, and the by-commune bars are really drawn (they were always empty)
        assertThat((Boolean) js("return Chart.getChart('chart-years').options"
                + " !== Chart.getChart('chart-communes').options")).isTrue();
        assertThat((Boolean) js("""
                var chart = Chart.getChart('chart-communes'), bars = chart.getDatasetMeta(0).data;
                return bars.length > 0 && bars.some(function (b) { return Math.abs(b.x - b.base) > 1; })
                    && chart.options.plugins.legend.rtl === true && chart.scales.x.options.reverse === true"""))
                .as("bars by commune drawn, growing from the right in Arabic").isTrue();
        assertThat((Boolean) js("""
                var chart = Chart.getChart('chart-years'), area = chart.chartArea;
                return chart.getDatasetMeta(2).data.every(function (p) { return p.y >= area.top - 1; })
                    && chart.getDatasetMeta(2).yAxisID === 'people'"""))
                .as("the participants line stays inside the chart, on its own axis").isTrue();
        assertThat((String) js("return TiwiziCharts.number(250000) + '|' + TiwiziCharts.number(1234.5)"))
                .isEqualTo("250\u202F000|1\u202F234,50");
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
