package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import ma.tiwizi.funding.internal.CallBuilder;
import ma.tiwizi.funding.internal.Calls;
import ma.tiwizi.funding.internal.RequiredDocument;
import ma.tiwizi.platform.Role;
import ma.tiwizi.registry.CooperativeBuilder;
import ma.tiwizi.registry.Sector;
import ma.tiwizi.registry.Sex;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A cooperative president applies for INDH support on her phone, in Arabic, from the call to the receipt. */
class ApplicationInTheBrowserTest extends BrowserTestSupport {

    @Autowired
    Calls calls;

    @Test
    void onAPhoneACooperativeAppliesStepByStepAndGetsItsReceipt() throws Exception {
        var form = CallBuilder.aCall("دعم سلاسل القيمة المحلية").withEnvelope("1500000").closingInDays(20)
                .withWomenAndYouthAtLeast("30")
                .askingFor(List.of(RequiredDocument.LEGAL_FILE), Set.of(RequiredDocument.LEGAL_FILE)).form();
        long call = asAdmin(() -> calls.publish(form));
        long cooperative = register(CooperativeBuilder.aCooperative("تعاونية أركان تودرت", uniqueNumber())
                .latin("Argan Toudert").createdOn(LocalDate.of(2021, 3, 1)).in(80L).in(Sector.ARGAN)
                .presidedBy("Aicha", Sex.F, 1992).members(15, 0, 6, 0).form());
        String username = "argan" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "رئيسة", "browser-password", Role.COOP, cooperative));

        open(360, 740);
        signIn(username);
        driver.get(url("/calls"));
        driver.findElement(By.linkText("دعم سلاسل القيمة المحلية")).click();
        assertThat(driver.findElement(By.id("eligibility")).getText()).contains("يحق لتعاونيتك الترشح.");
        assertRightToLeftWithoutHorizontalScroll();
        press(By.cssSelector("form[action='/calls/" + call + "/apply'] button"));

        wait(ExpectedConditions.urlContains("/project"));
        assertThat(driver.findElement(By.id("valueChain")).getAttribute("value")).isEqualTo("أركان");
        driver.findElement(By.id("title")).sendKeys("وحدة عصر زيت أركان");
        driver.findElement(By.id("description")).sendKeys("شراء آلة عصر وتجهيزات التعبئة");
        driver.findElement(By.id("jobsWomen")).sendKeys("6");
        assertRightToLeftWithoutHorizontalScroll();
        press(By.cssSelector("main form button[type=submit]"));

        wait(ExpectedConditions.urlContains("/budget"));
        driver.findElement(By.id("rows[0].label")).sendKeys("آلة العصر");
        driver.findElement(By.id("rows[0].amount")).sendKeys("150000");
        press(By.cssSelector("main form[action$='/budget'] button[type=submit]"));

        wait(ExpectedConditions.urlContains("/financing"));
        assertThat(driver.findElement(By.id("max-request")).getText()).contains("90");
        driver.findElement(By.id("publicRequested")).sendKeys("90000");
        driver.findElement(By.id("ownCash")).sendKeys("40000");
        driver.findElement(By.id("ownInKind")).sendKeys("20000");
        driver.findElement(By.id("otherPartners")).sendKeys("0");
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("financing-check"), "يحترم شروط الطلب"));
        press(By.cssSelector("main form[action$='/financing'] button[type=submit]"));

        wait(ExpectedConditions.urlContains("/documents"));
        var statutes = Files.createTempFile("statuts", ".pdf");
        Files.write(statutes, "%PDF-1.4\n% statuts de la cooperative\n%%EOF\n".getBytes());
        driver.findElement(By.id("file-LEGAL_FILE")).sendKeys(statutes.toString());
        press(By.cssSelector("#document-LEGAL_FILE button[type=submit]"));
        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("document-LEGAL_FILE"), "تم التوصل بها"));
        assertRightToLeftWithoutHorizontalScroll();
        press(By.linkText("المراجعة والإيداع"));

        wait(ExpectedConditions.textToBePresentInElementLocated(By.id("checklist"), "كل شيء جاهز"));
        press(By.cssSelector("#checklist button[type=submit]"));
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("confirmation")));
        String reference = driver.findElement(By.id("reference")).getText();
        assertThat(reference).matches("TRD-\\d{4}-ESS-\\d{4}");
        assertThat(driver.findElement(By.id("confirmed-reference")).getText()).isEqualTo(reference);
        assertRightToLeftWithoutHorizontalScroll();

        String receipt = driver.findElement(By.partialLinkText("PDF بالعربية")).getAttribute("href");
        Object type = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')));",
                receipt);
        assertThat(type).isEqualTo("200 application/pdf");
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        waitUntil(condition);
    }
}
