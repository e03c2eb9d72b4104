package ma.tiwizi.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BrowserPrerequisitesTest {

    @Test
    void aMachineWithoutChromiumIsToldInOneLineWhatToInstall() {
        var message = BrowserPrerequisites.missing(Path.of("/nowhere/chromium"), Path.of("/nowhere/chromedriver"));
        assertThat(message).get().asString().doesNotContain("\n")
                .contains("Chromium (/nowhere/chromium)").contains("ChromeDriver (/nowhere/chromedriver)")
                .contains("apt-get install chromium chromium-driver").contains("dnf install").contains("brew");
    }

    @Test
    void aMachineWithBothSaysNothing() {
        // any two executables stand for them here: the check looks at the files, not at what they are
        var java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertThat(BrowserPrerequisites.missing(java, java)).isEmpty();
    }
}
