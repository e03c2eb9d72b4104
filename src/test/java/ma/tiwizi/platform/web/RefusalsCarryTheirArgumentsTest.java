package ma.tiwizi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A message left for the page after a redirect is shown with its arguments only if it travels with them: every
 * controller leaves its messages with arguments through {@link Flash}, never by writing the flash key itself (which is how "larger
 * than {0} MB" reached the upload page). Read from the sources, so a new controller cannot slip past.
 */
class RefusalsCarryTheirArgumentsTest {

    @Test
    void noControllerWritesAFlashRefusalByHand() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (source.endsWith(Path.of("platform", "web", "Flash.java"))
                        || source.endsWith(Path.of("platform", "web", "Ui.java"))) {
                    continue;
                }
                String text = Files.readString(source);
                if (text.contains("\"flashError\"") || text.contains("\"flashArgs\"")) {
                    offenders.add(source.toString());
                }
            }
        }
        assertThat(offenders).as("controllers writing flashError/flashArgs instead of using Flash").isEmpty();
    }
}
