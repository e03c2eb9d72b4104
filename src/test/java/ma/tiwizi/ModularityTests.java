package ma.tiwizi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private static final Path WRITTEN = Path.of("target", "modules-docs");
    private static final Path KEPT = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(TiwiziApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
        modules.verify();
    }

    /**
     * The module diagrams and canvases kept in docs/modules are the ones the code gives: written afresh here and
     * compared line by line, in any order (the documenter does not keep one); when the modules changed, the new files
     * replace the kept ones and the test fails, so that the change is committed with them.
     */
    @Test
    void theModulesDocumentationIsTheOneTheCodeGives() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(WRITTEN.toString())).writeDocumentation();
        var stale = new java.util.ArrayList<String>();
        try (Stream<Path> files = Files.list(WRITTEN)) {
            for (Path written : files.sorted().toList()) {
                Path kept = KEPT.resolve(written.getFileName());
                if (!Files.exists(kept) || !lines(written).equals(lines(kept))) {
                    Files.createDirectories(KEPT);
                    Files.copy(written, kept, StandardCopyOption.REPLACE_EXISTING);
                    stale.add(kept.toString());
                }
            }
        }
        assertThat(stale).as("module documentation rewritten; commit it").isEmpty();
    }

    /** The lines as a set, without the table and list marks that move with the order ("|* a", "* b"). */
    private static TreeSet<String> lines(Path file) throws IOException {
        List<String> all = Files.readAllLines(file);
        var set = new TreeSet<String>();
        all.forEach(line -> set.add(line.replaceFirst("^\\|?\\*?\\s*", "").strip()));
        return set;
    }
}
