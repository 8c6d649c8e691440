package org.upward.pairing.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine is plain Java: it uses only the Java library and Commons Math, so no Spring, no JPA and no other
 * module of the app (one allow-list instead of a list of forbidden packages that goes stale).
 */
class EngineArchitectureTest {

    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upward.pairing.engine");

    @Test
    void engineDependsOnlyOnTheJavaLibrary() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", "org.upward.pairing.engine..", "org.apache.commons.math3..")
                .check(engine);
    }
}
