package org.upward.pairing.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is plain Java: no Spring, no JPA, no other feature of the app. */
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

    @Test
    void engineUsesNoFrameworkNorOtherFeature() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "javax.persistence..",
                        "org.hibernate..",
                        "org.upward.people..",
                        "org.upward.program..",
                        "org.upward.enrollment..",
                        "org.upward.security..",
                        "org.upward.web..",
                        "org.upward.demo..",
                        "org.upward.home..",
                        "org.upward.notification..",
                        "org.upward.startup..")
                .check(engine);
    }
}
