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

    @Test
    void writesModuleDiagrams() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
