package org.upward.demo;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.NewPerson;
import org.upward.people.PeopleService;
import org.upward.people.Person;
import org.upward.security.AccountService;
import org.upward.security.Role;

/**
 * Fills the zero-setup database with demo people and accounts. Only with {@code upward.demo.enabled},
 * which the local run sets and production never does; safe to run on every start.
 */
@Component
@ConditionalOnBooleanProperty("upward.demo.enabled")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "upward-demo";

    private record DemoAccount(NewPerson person, Set<Role> roles) {}

    private static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount(
                    new NewPerson("admin@demo.upward.app", "Alex Admin", "HR", "L&D program manager", 6),
                    EnumSet.of(Role.ADMIN)),
            new DemoAccount(
                    new NewPerson(
                            "exec@demo.upward.app", "Evelyn Exec", "Executive office", "Chief Operating Officer", 10),
                    EnumSet.of(Role.EXECUTIVE)),
            new DemoAccount(
                    new NewPerson("mentor@demo.upward.app", "Maya Mentor", "Marketing", "Social media specialist", 2),
                    EnumSet.of(Role.PARTICIPANT)),
            new DemoAccount(
                    new NewPerson("mentee@demo.upward.app", "Martin Mentee", "Finance", "Finance director", 8),
                    EnumSet.of(Role.PARTICIPANT)));

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PeopleService people;
    private final AccountService accounts;

    DemoDataLoader(PeopleService people, AccountService accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            Person person = people.registerIfAbsent(demo.person());
            accounts.createIfAbsent(person, PASSWORD, demo.roles());
        }
        log.info("Demo mode: log in as admin@, exec@, mentor@ or mentee@demo.upward.app with password '{}'", PASSWORD);
    }
}
