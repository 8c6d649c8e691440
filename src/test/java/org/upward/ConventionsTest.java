package org.upward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.persistence.Entity;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.EventListener;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conventions docs/architecture.md states, kept true. Rules that the code does not meet everywhere yet are
 * frozen ({@link FreezingArchRule}): the known exceptions are listed in {@code src/test/resources/archunit-store},
 * a new one fails the build, and one that is fixed drops out of the list.
 */
class ConventionsTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.upward");

    /** Past participles: PairDecided, ProgramMoved, RemindersSent. */
    private static final Pattern PAST_TENSE = Pattern.compile(".*(ed|Sent|Left)$");

    @Test
    void controllersAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(APP);
    }

    @Test
    void controllerNamesSayWhetherTheyServePagesOrTheApi() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveSimpleNameEndingWith("ApiController")
                .check(APP);
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .haveSimpleNameEndingWith("PageController")
                .check(APP);
    }

    @Test
    void repositoriesAndEntitiesAreNotPublic() {
        FreezingArchRule.freeze(classes()
                        .that()
                        .areAssignableTo(Repository.class)
                        .or()
                        .areAnnotatedWith(Entity.class)
                        .should()
                        .notHaveModifier(JavaModifier.PUBLIC))
                .check(APP);
    }

    @Test
    void formsNeverBindEntities() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Form")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(APP);
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should(takeAnEntityAsAHandlerArgument())
                .check(APP);
    }

    @Test
    void eventsArePastTenseRecords() {
        Set<JavaClass> events = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        APP.forEach(type -> type.getMethods().stream()
                .filter(method -> method.isAnnotatedWith(EventListener.class)
                        || method.isAnnotatedWith(TransactionalEventListener.class))
                .flatMap(method -> method.getRawParameterTypes().stream())
                .filter(parameter -> parameter.getPackageName().startsWith("org.upward"))
                .forEach(events::add));
        assertThat(events).isNotEmpty();
        Map<String, String> wrong = new TreeMap<>();
        for (JavaClass event : events) {
            if (!event.isRecord()) {
                wrong.put(event.getName(), "is not a record");
            } else if (!PAST_TENSE.matcher(event.getSimpleName()).matches() && !isTheNoticeMessage(event)) {
                wrong.put(event.getName(), "is not named in the past tense");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void noTwoModulesHaveTypesOfTheSameSimpleName() {
        Map<String, Set<String>> packagesByName = new TreeMap<>();
        APP.stream()
                .filter(type -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
                // the engine's own vocabulary (Side, WorkStyle, ...) keeps it free of the app
                .filter(type -> !type.getPackageName().startsWith("org.upward.pairing.engine"))
                .forEach(type -> packagesByName
                        .computeIfAbsent(type.getSimpleName(), name -> new TreeSet<>())
                        .add(type.getPackageName()));
        packagesByName.values().removeIf(packages -> packages.size() == 1);
        assertThat(packagesByName).isEmpty();
    }

    /** {@code Notice} is not an event but the one message a module sends the notification module to act on. */
    private static boolean isTheNoticeMessage(JavaClass type) {
        return type.getName().equals("org.upward.notification.Notice");
    }

    private static ArchCondition<JavaClass> takeAnEntityAsAHandlerArgument() {
        DescribedPredicate<JavaClass> entity =
                DescribedPredicate.describe("an entity", type -> type.isAnnotatedWith(Entity.class));
        return new ArchCondition<>("take an entity as a handler argument") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                controller.getMethods().forEach(method -> method.getRawParameterTypes().stream()
                        .filter(entity)
                        .forEach(type -> events.add(SimpleConditionEvent.satisfied(
                                method, method.getFullName() + " takes the entity " + type.getName()))));
            }
        };
    }
}
