package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The administrator's menu folds behind one button on a phone and stays open on a desk screen. */
class MenuInTheBrowserTest extends BrowserTestSupport {

    @Test
    void onAPhoneTheMenuIsOneButtonThatOpensIt() {
        String admin = newAdmin();
        open(360, 740);
        signIn(admin);
        double folded = ((Number) js("return document.querySelector('.tw-menu').getBoundingClientRect().height"))
                .doubleValue();
        assertThat(folded).as("height of the folded menu").isLessThan(70);
        assertThat(driver.findElement(By.cssSelector("#menu a[href='/admin/audit']")).isDisplayed()).isFalse();
        press(By.cssSelector("#menu a[href='/admin/audit']"));
        assertThat(driver.getCurrentUrl()).endsWith("/admin/audit");
        assertRightToLeftWithoutHorizontalScroll();
    }

    @Test
    void onADeskTheMenuIsOpen() {
        String admin = newAdmin();
        open(1280, 800);
        signIn(admin);
        assertThat(driver.findElement(By.cssSelector("#menu a[href='/admin/audit']")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector("#menu summary")).isDisplayed()).isFalse();
    }
}
