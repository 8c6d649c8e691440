package org.upward.security.internal;

import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.upward.people.NewPerson;
import org.upward.people.People;
import org.upward.people.PersonRef;
import org.upward.security.Role;
import org.upward.startup.MissingSettingException;

/**
 * On a database without an administrator, creates the first one from {@code UPWARD_ADMIN_EMAIL} and
 * {@code UPWARD_ADMIN_PASSWORD}, or refuses to start: an instance nobody can administer is useless.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdminSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminSetup.class);

    private final Accounts accounts;
    private final People people;
    private final String email;
    private final String password;

    FirstAdminSetup(
            Accounts accounts,
            People people,
            @Value("${upward.admin.email:}") String email,
            @Value("${upward.admin.password:}") String password) {
        this.accounts = accounts;
        this.people = people;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.hasEnabledAdmin()) {
            return;
        }
        if (!StringUtils.hasText(email) || !StringUtils.hasText(password)) {
            throw new MissingSettingException(
                    "Upward has no administrator yet.",
                    "Set UPWARD_ADMIN_EMAIL and UPWARD_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                            + " characters) for the first start; the admin account is created from them.");
        }
        PasswordPolicy.problemWith(password, email).ifPresent(problem -> {
            throw new MissingSettingException(
                    "UPWARD_ADMIN_PASSWORD " + problem + ".",
                    "Choose a stronger UPWARD_ADMIN_PASSWORD: at least " + PasswordPolicy.MIN_LENGTH
                            + " characters, not the email, not a common password.");
        });
        if (accounts.hasAccount(email)) {
            throw new MissingSettingException(
                    "UPWARD_ADMIN_EMAIL " + email + " already has an account that is not an enabled admin.",
                    "Set UPWARD_ADMIN_EMAIL to the email of a new administrator.");
        }
        PersonRef admin =
                people.registerIfAbsent(new NewPerson(email, nameFrom(email), "HR", "Program administrator", 5));
        accounts.createIfAbsent(admin, password, EnumSet.of(Role.ADMIN));
        log.info("Created the first administrator account for {}", admin.email());
    }

    private static String nameFrom(String email) {
        String local = email.substring(0, Math.max(email.indexOf('@'), 0));
        return local.isBlank() ? "Administrator" : local;
    }
}
