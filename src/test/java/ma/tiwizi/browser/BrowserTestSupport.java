package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Function;
import ma.tiwizi.PostgresIntegrationTest;
import ma.tiwizi.accounts.AccountDirectory;
import ma.tiwizi.platform.Role;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (Debian's headless Chromium through ChromeDriver) against the application on a random port: a
 * 360 px phone (emulated) or a desk window, with helpers to sign in, press buttons, and check right-to-left layout,
 * horizontal scrolling and WCAG rules (axe-core).
 */
public abstract class BrowserTestSupport extends PostgresIntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccountDirectory accounts;

    protected WebDriver driver;
    protected long expectedWidth;

    @org.junit.jupiter.api.BeforeAll
    static void browserInstalled() {
        BrowserPrerequisites.missing(BrowserPrerequisites.CHROMIUM, BrowserPrerequisites.CHROMEDRIVER)
                .ifPresent(org.junit.jupiter.api.Assertions::fail);
    }

    protected WebDriver open(int width, int height) {
        expectedWidth = width;
        driver = chromium(width, height);
        return driver;
    }

    /** Debian's headless Chromium at the given size (a phone's screen emulated below 500 px). */
    static WebDriver chromium(int width, int height) {
        var options = new ChromeOptions();
        options.setBinary(BrowserPrerequisites.CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-quic", "--window-size=" + Math.max(width, 500) + "," + height);
        if (width < 500) {
            // a desktop window cannot be narrower than 500 px: emulate the phone's screen instead
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        var service = new ChromeDriverService.Builder().usingDriverExecutable(BrowserPrerequisites.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Keeps a picture of the last page of each test under target/screenshots, to see what a failure looked like. */
    @AfterEach
    void close(org.junit.jupiter.api.TestInfo test) throws java.io.IOException {
        if (driver != null) {
            var folder = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(folder);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Files.write(folder.resolve(test.getTestMethod().orElseThrow().getName() + ".png"), png);
            driver.quit();
        }
    }

    /** Waits up to ten seconds for the condition (see {@link #waitUntil(int, Function)}). */
    protected <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return waitUntil(10, condition);
    }

    /**
     * Waits for the condition, read again while the page changes under it: an element replaced by a navigation or a
     * swap (stale, or "does not belong to the document" while the new page loads) means "not yet", not a failure.
     */
    protected <T> T waitUntil(int seconds, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (WebDriverException replaced) {
                        if (String.valueOf(replaced.getMessage()).contains("does not belong to the document")) {
                            return null;
                        }
                        throw replaced;
                    }
                });
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String username) {
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("browser-password");
        press(By.cssSelector("form[action='/login'] button[type=submit]"));
        waitUntil(ExpectedConditions.urlToBe(url("/")));
    }

    protected String newAdmin() {
        String username = "browser" + uniqueNumber().toLowerCase().replace("-", "");
        asAdmin(() -> accounts.openInitial(username, "مسؤولة", "browser-password", Role.ADMIN, null));
        return username;
    }

    /**
     * Scrolls the button to the middle of the screen, as a person would, and presses it. Bootstrap scrolls smoothly,
     * so the scroll is made instant or the click would land while the page still moves.
     */
    protected void press(By button) {
        WebElement element = driver.findElement(button);
        // a link of the folded menu on a phone: open the menu first, as a person would
        js("var fold = arguments[0].closest('details');"
                + " if (fold && !fold.open) { fold.querySelector('summary').click(); }", element);
        js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
        element.click();
    }

    protected Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** axe-core's WCAG 2 A and AA rules find nothing on the page. */
    protected void assertAccessible() {
        js(axe());
        Object violations = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))));""");
        assertThat((java.util.List<?>) violations).as("accessibility violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    /** axe-core's script, from its WebJar. */
    static String axe() {
        try (var in = BrowserTestSupport.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected void assertRightToLeftWithoutHorizontalScroll() {
        assertAccessible();
        assertThat((Long) js("return window.innerWidth")).isEqualTo(expectedWidth);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
        assertThat(js("return getComputedStyle(document.body).direction")).isEqualTo("rtl");
        long scrollWidth = (Long) js("return document.documentElement.scrollWidth");
        long viewport = (Long) js("return window.innerWidth");
        assertThat(scrollWidth).as("no horizontal scrolling").isLessThanOrEqualTo(viewport);
    }
}
