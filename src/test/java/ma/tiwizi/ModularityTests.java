package ma.tiwizi;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TiwiziApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndFormNoCycle() {
        modules.verify();
    }

    /** The module diagrams and canvases in docs/modules, written from the code so they cannot drift from it. */
    @Test
    void writesTheModulesDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
    }
}
