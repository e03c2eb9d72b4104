package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import ma.tiwizi.market.Category;
import ma.tiwizi.market.ProductForm;
import ma.tiwizi.market.Products;
import ma.tiwizi.market.Unit;
import ma.tiwizi.platform.Role;
import ma.tiwizi.platform.TiwiziPrincipal;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** On a phone, in Arabic: a buyer finds saffron however she spells it, orders as a guest; the cooperative confirms. */
class ShopInTheBrowserTest extends BrowserTestSupport {

    @Autowired
    Products products;

    @Test
    void aBuyerFindsSaffronOrdersAsAGuestAndTheCooperativeConfirms() {
        String tag = uniqueNumber();
        long cooperative = register(CooperativeBuilder.aCooperative("تعاونية زعفران المتصفح", uniqueNumber())
                .latin("Browser saffron " + tag).createdOn(LocalDate.of(2020, 2, 1)).in(9L).in(Sector.SAFFRON)
                .presidedBy("عائشة", Sex.F, 1985).members(8, 0, 3, 0).form());
        String username = "shop" + tag.toLowerCase().replace("-", "");
        long userId = asAdmin(() -> accounts.openInitial(username, "عائشة", "browser-password", Role.COOP,
                cooperative));
        var president = new TiwiziPrincipal(userId, username, "", "عائشة", Role.COOP, cooperative, true, true);
        var context = SecurityContextHolder.getContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(president, null,
                president.getAuthorities()));
        long saffron;
        try {
            saffron = products.create(new ProductForm("زعفران تالوين الحر " + tag, "Safran de Taliouine", "", "زعفران "
                    + "مجني باليد", "", "", Category.SAFFRON, Unit.G, BigDecimal.ONE, new BigDecimal("95"), 7, true,
                    "", null, null));
        } finally {
            context.setAuthentication(null);
        }

        open(360, 740);
        driver.get(url("/shop"));
        assertRightToLeftWithoutHorizontalScroll();
        driver.findElement(By.id("q")).sendKeys("الزَّعفران " + tag);
        press(By.cssSelector("form[role=search] button[type=submit]"));
        assertRightToLeftWithoutHorizontalScroll();
        press(By.cssSelector("#results a[href='/shop/products/" + saffron + "']"));
        assertRightToLeftWithoutHorizontalScroll();
        var quantity = driver.findElement(By.id("quantity"));
        quantity.clear();
        quantity.sendKeys("2");
        press(By.cssSelector("#add-to-cart button[type=submit]"));
        assertThat(driver.findElement(By.id("total")).getText()).isEqualTo("190,00 درهم");
        press(By.cssSelector("a[href='/shop/checkout']"));
        driver.findElement(By.id("name")).sendKeys("مريم المشترية");
        driver.findElement(By.id("phone")).sendKeys("0612 34 56 78");
        driver.findElement(By.id("city")).sendKeys("الرباط");
        driver.findElement(By.id("address")).sendKeys("زنقة الأطلس 5");
        assertRightToLeftWithoutHorizontalScroll();
        press(By.id("place"));
        String reference = driver.findElement(By.cssSelector("#placed .reference")).getText();
        assertThat(reference).startsWith("C-");
        assertRightToLeftWithoutHorizontalScroll();

        driver.manage().deleteAllCookies();
        signIn(username);
        press(By.cssSelector("a[href='/market']"));
        press(By.cssSelector("a[href='/market/orders']"));
        press(By.xpath("//a[bdi[text()='" + reference + "']]"));
        assertRightToLeftWithoutHorizontalScroll();
        press(By.cssSelector("#actions button[value=CONFIRMED]"));
        waitUntil(5, ExpectedConditions.textToBe(By.id("status"), "مؤكدة"));
        assertThat(driver.findElement(By.id("lines")).getText()).contains("زعفران تالوين الحر");
    }
}
