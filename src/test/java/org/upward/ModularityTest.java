package org.upward;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    private static final Path DOCS = Path.of("docs/modules");

    private final ApplicationModules modules = ApplicationModules.of(UpwardApplication.class);

    /**
     * Each module may use only the modules its package-info names in {@code allowedDependencies}, and of those only
     * the root package (the face); a type in another module's {@code internal} package is refused.
     */
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

    @Test
    void docsHaveADiagramForEveryModuleAndNoneForAModuleThatIsGone() throws IOException {
        Set<String> drawn;
        try (Stream<Path> files = Files.list(DOCS)) {
            drawn = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("module-") && name.endsWith(".puml"))
                    .map(name -> name.substring("module-".length(), name.length() - ".puml".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(drawn).isEqualTo(moduleNames());
    }

    @Test
    void theArchitectureNotesDescribeEveryModule() throws IOException {
        String notes = Files.readString(Path.of("docs/architecture.md"));
        assertThat(moduleNames()).allSatisfy(module -> assertThat(notes).contains("`" + module + "`"));
    }

    @Test
    void everyModuleSaysWhatItIsForAndWhichModulesItMayUse() {
        assertThat(modules.stream()).allSatisfy(module -> {
            Class<?> info = Class.forName(module.getBasePackage().getName() + ".package-info");
            org.springframework.modulith.ApplicationModule declared =
                    info.getAnnotation(org.springframework.modulith.ApplicationModule.class);
            assertThat(declared).as(module.getIdentifier().toString()).isNotNull();
            assertThat(declared.displayName()).isNotBlank();
            assertThat(declared.allowedDependencies())
                    .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
        });
    }

    private Set<String> moduleNames() {
        return modules.stream()
                .map(ApplicationModule::getIdentifier)
                .map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
