package org.upward.program.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.upward.program.ProgramService;
import org.upward.program.ProgramView;
import org.upward.support.IntegrationTest;

/**
 * A program's view is kept between requests and given again only while nothing it shows has changed: any write
 * to the program's tables, to its sponsor or to its skills, by whatever path, is seen by the next read; a
 * transaction that has written reads its own view and leaves nothing behind for others.
 */
class ProgramViewCacheTest extends IntegrationTest {

    @Autowired
    ProgramService programs;

    @Autowired
    TransactionTemplate transactions;

    private long programId;
    private long skillId;
    private long sponsorId;
    private String name;
    private String skillName;
    private String sponsorName;

    @BeforeEach
    void pickAProgramWithASponsorAndFocusSkills() {
        Map<String, Object> row = jdbc.queryForMap(
                """
                select p.id, p.name, p.sponsor_id, sp.name as sponsor_name, s.id as skill_id, s.name as skill_name
                  from program p
                  join person sp on sp.id = p.sponsor_id
                  join program_objective o on o.program_id = p.id
                  join program_objective_skill os on os.objective_id = o.id
                  join skill s on s.id = os.skill_id
                 where not p.template
                 order by p.id, o.position, s.id limit 1
                """);
        programId = (Long) row.get("id");
        name = (String) row.get("name");
        sponsorId = (Long) row.get("sponsor_id");
        sponsorName = (String) row.get("sponsor_name");
        skillId = (Long) row.get("skill_id");
        skillName = (String) row.get("skill_name");
    }

    @AfterEach
    void restore() {
        jdbc.update("update program set name = ? where id = ?", name, programId);
        jdbc.update("update person set name = ? where id = ?", sponsorName, sponsorId);
        jdbc.update("update skill set name = ? where id = ?", skillName, skillId);
    }

    @Test
    void anUnchangedProgramIsTheSameViewOnTheNextRead() {
        ProgramView first = programs.get(programId);

        assertThat(programs.get(programId)).isSameAs(first);
    }

    @Test
    void aChangeToTheProgramItsSponsorOrItsSkillsIsSeenByTheNextRead() {
        programs.get(programId);

        jdbc.update("update program set name = ? where id = ?", name + " (renamed)", programId);
        assertThat(programs.get(programId).name()).isEqualTo(name + " (renamed)");

        jdbc.update("update person set name = ? where id = ?", "Renamed Sponsor", sponsorId);
        assertThat(programs.get(programId).sponsorName()).isEqualTo("Renamed Sponsor");

        jdbc.update("update skill set name = ? where id = ?", skillName + " (renamed)", skillId);
        assertThat(programs.get(programId).objectives())
                .anySatisfy(objective -> assertThat(objective.focusSkills()).contains(skillName + " (renamed)"));
    }

    @Test
    void aTransactionThatHasWrittenReadsItsOwnChangeAndLeavesNothingBehindWhenItRollsBack() {
        ProgramView before = programs.get(programId);

        transactions.executeWithoutResult(status -> {
            jdbc.update("update program set name = ? where id = ?", name + " (uncommitted)", programId);
            assertThat(programs.get(programId).name()).isEqualTo(name + " (uncommitted)");
            status.setRollbackOnly();
        });

        assertThat(programs.get(programId).name()).isEqualTo(name);
        assertThat(programs.get(programId)).isEqualTo(before);
    }
}
