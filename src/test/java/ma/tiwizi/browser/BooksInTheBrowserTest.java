package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A president keeps the cooperative's books from a 360 px phone in Arabic: a sale typed with a mistake is refused with
 * what she typed kept, then written; the journal shows it and the till; the year's accounts show the result.
 */
class BooksInTheBrowserTest extends BrowserTestSupport {

    @Test
    void aPresidentWritesASaleAndReadsTheYearsAccountsFromAPhone() {
        long cooperative = register(form("تعاونية الدفتر في المتصفح", "Books coop", uniqueNumber()));
        String username = "books" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "رئيسة", "browser-password", Role.COOP, cooperative));

        open(360, 740);
        signIn(username);
        press(By.cssSelector("a[href='/administration/books']"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("no-entries")));
        new Select(driver.findElement(By.id("account"))).selectByValue("SALES_OF_PRODUCTS");
        type("amount", "0");
        type("label", "بيع 3 علب زعفران");
        press(By.cssSelector("form[action='/administration/books/entries'] button[type=submit]"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(driver.findElement(By.id("error-summary")).getText()).contains("اكتبوا مبلغا أكبر من 0 درهم");
        assertThat(driver.findElement(By.id("label")).getAttribute("value")).isEqualTo("بيع 3 علب زعفران");
        assertThat(new Select(driver.findElement(By.id("account"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("SALES_OF_PRODUCTS");
        assertRightToLeftWithoutHorizontalScroll();

        type("amount", "1250,50");
        press(By.cssSelector("form[action='/administration/books/entries'] button[type=submit]"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("entry-1")));
        assertThat(driver.findElement(By.id("entry-1")).getText()).contains("بيع 3 علب زعفران").contains("250,50");
        assertThat(driver.findElement(By.id("cash")).getText()).contains("250,50").contains("درهم");
        assertRightToLeftWithoutHorizontalScroll();
        assertAccessible();

        press(By.cssSelector("a[href$='/accounts']"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("result")));
        assertThat(driver.findElement(By.id("result")).getText()).contains("250,50");
        assertThat(driver.findElement(By.id("income-statement")).getText()).contains("مبيعات المنتوجات");
        assertThat(driver.findElement(By.id("total-assets")).getText())
                .isEqualTo(driver.findElement(By.id("total-liabilities")).getText());
        assertRightToLeftWithoutHorizontalScroll();
        assertAccessible();
    }

    private void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
