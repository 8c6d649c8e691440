package org.upward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(UpwardApplication.class);

    @Test
    void featureModulesOnlyUseEachOthersPublicFaces() {
        modules.verify();
    }

    /**
     * Draws the modules. The generator's order varies from run to run, so a normal build writes under
     * target/; refresh the committed copy with {@code ./mvnw test -Dtest=ModularityTest -Dupward.modules.docs=docs/modules}.
     */
    @Test
    void writesTheModuleDiagrams() {
        String folder = System.getProperty("upward.modules.docs", "target/spring-modulith-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
