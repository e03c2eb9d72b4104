package ma.tiwizi.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Optional;

/**
 * What the browser tests need on the machine, said in one line before any of them starts a browser: on a machine
 * without Chromium the test command then fails with how to install it, not with nine stack traces.
 */
final class BrowserPrerequisites {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private BrowserPrerequisites() {
    }

    /** The one-line explanation of what is missing, or empty when both programs are there. */
    static Optional<String> missing(Path chromium, Path chromedriver) {
        var absent = new ArrayList<String>();
        if (!Files.isExecutable(chromium)) {
            absent.add("Chromium (" + chromium + ")");
        }
        if (!Files.isExecutable(chromedriver)) {
            absent.add("ChromeDriver (" + chromedriver + ")");
        }
        if (absent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Browser tests need " + String.join(" and ", absent) + ". Install them: Debian/Ubuntu "
                + "`apt-get install chromium chromium-driver fonts-noto-core fonts-hosny-amiri`; Fedora `dnf install "
                + "chromium chromedriver google-noto-naskh-arabic-fonts`; macOS `brew install --cask chromium && brew "
                + "install chromedriver`, then link them to " + chromium + " and " + chromedriver + ".");
    }
}
