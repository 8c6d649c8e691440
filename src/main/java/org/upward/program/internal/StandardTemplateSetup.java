package org.upward.program.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.people.NewSkill;
import org.upward.people.SkillCatalog;
import org.upward.people.SkillCategory;
import org.upward.program.StandardTemplateShipped;

/**
 * Ships "Reverse mentoring — standard" in every installation, once: the first start that finds it never shipped
 * creates it (the row in {@code program_template_shipped} both claims it against a second instance starting at the
 * same time and keeps a deleted one deleted). The modules owning its survey plan and intake form add them on
 * {@link StandardTemplateShipped}, before its objectives are checked against them.
 */
@Component
@Order(50)
class StandardTemplateSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StandardTemplateSetup.class);

    private final JdbcTemplate jdbc;
    private final ProgramRepository programs;
    private final ProgramValidator validator;
    private final SkillCatalog skills;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StandardTemplateSetup(
            JdbcTemplate jdbc,
            ProgramRepository programs,
            ProgramValidator validator,
            SkillCatalog skills,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.programs = programs;
        this.validator = validator;
        this.skills = skills;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            transaction.executeWithoutResult(status -> shipIfNeverShipped());
        } catch (RuntimeException e) {
            // never keep Upward from starting: the next start tries again (nothing was kept of this attempt)
            log.warn("The program template '{}' could not be created", StandardTemplateContent.NAME, e);
        }
    }

    /** Creates the standard template unless it shipped before; answers whether it did now. */
    boolean shipIfNeverShipped() {
        int claimed = jdbc.update(
                "insert into program_template_shipped (template_key) values (?) on conflict do nothing",
                StandardTemplateContent.KEY);
        if (claimed == 0) {
            return false;
        }
        Instant now = clock.instant();
        addMissingSkills();
        Program template = Program.shippedTemplate(StandardTemplateContent.KEY, now);
        template.change(validator.validate(StandardTemplateContent.settings(), null), now);
        template = programs.saveAndFlush(template);
        events.publishEvent(new StandardTemplateShipped(
                template.getId(), StandardTemplateContent.START, StandardTemplateContent.END));
        template.change(validator.validate(StandardTemplateContent.withObjectives(), template), now);
        programs.saveAndFlush(template);
        log.info("Shipped the program template '{}'", StandardTemplateContent.NAME);
        return true;
    }

    private void addMissingSkills() {
        for (Map.Entry<String, SkillCategory> skill : StandardTemplateContent.SKILLS.entrySet()) {
            if (skills.findByName(skill.getKey()).isEmpty()) {
                skills.add(new NewSkill(skill.getKey(), skill.getValue()));
            }
        }
    }
}
