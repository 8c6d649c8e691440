package org.upward.demo.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.AccountService;
import org.upward.security.Role;

/**
 * Fills the zero-setup database with a demo company, its programs and the four demo accounts. Only
 * with {@code upward.demo.enabled}, which the local run sets and production never does; safe to run
 * on every start. It runs once every bean is ready but before the web server opens, so the login page
 * never answers before the demo accounts exist.
 */
@Component
@ConditionalOnBooleanProperty("upward.demo.enabled")
class DemoDataLoader implements SmartInitializingSingleton {

    static final String PASSWORD = "upward-demo";

    private record DemoAccount(NewPerson person, Set<Role> roles, String managerEmail) {}

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    new NewPerson("admin@demo.upward.app", "Alex Admin", "HR", "L&D program manager", 6),
                    EnumSet.of(Role.ADMIN),
                    "hr.head@demo.upward.app"),
            new DemoAccount(
                    new NewPerson(
                            "exec@demo.upward.app", "Evelyn Exec", "Executive office", "Chief Operating Officer", 10),
                    EnumSet.of(Role.EXECUTIVE),
                    "ceo@demo.upward.app"),
            new DemoAccount(
                    new NewPerson("mentor@demo.upward.app", "Maya Mentor", "Marketing", "Social media specialist", 2),
                    EnumSet.noneOf(Role.class),
                    "marketing.manager0@demo.upward.app"),
            new DemoAccount(
                    new NewPerson("mentee@demo.upward.app", "Martin Mentee", "Finance", "Finance director", 8),
                    EnumSet.noneOf(Role.class),
                    "exec@demo.upward.app"),
            new DemoAccount(
                    new NewPerson("newcomer@demo.upward.app", "Nora Newcomer", "Marketing", "Content strategist", 4),
                    EnumSet.noneOf(Role.class),
                    "marketing.manager1@demo.upward.app"));

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final People people;
    private final AccountService accounts;
    private final DemoPrograms programs;
    private final DemoIntake intake;
    private final DemoRetention retention;

    DemoDataLoader(
            People people, AccountService accounts, DemoPrograms programs, DemoRetention retention, DemoIntake intake) {
        this.intake = intake;
        this.people = people;
        this.accounts = accounts;
        this.programs = programs;
        this.retention = retention;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        List<String> juniors = new ArrayList<>(List.of("mentor@demo.upward.app"));
        List<String> seniors = new ArrayList<>(List.of("mentee@demo.upward.app"));
        for (DemoCompany.Employee employee : DemoCompany.employees()) {
            PersonRef person = people.registerIfAbsent(new NewPerson(
                    employee.email(), employee.name(), employee.department(), employee.title(), employee.level()));
            people.assignManagerIfNone(person.email(), employee.managerEmail());
            if (employee.level() <= 2) {
                juniors.add(person.email());
            } else if (employee.level() >= 6 && employee.level() <= 9) {
                seniors.add(person.email());
            }
        }
        for (DemoAccount demo : ACCOUNTS) {
            PersonRef person = people.registerIfAbsent(demo.person());
            people.assignManagerIfNone(person.email(), demo.managerEmail());
            accounts.createIfAbsent(person, PASSWORD, demo.roles());
        }
        programs.createIfAbsent(juniors, seniors);
        intake.openIfAbsent();
        retention.fillIfAbsent();
        log.info(
                "Demo mode: log in as admin@, exec@, mentor@, mentee@ or newcomer@demo.upward.app with password '{}'",
                PASSWORD);
    }
}
