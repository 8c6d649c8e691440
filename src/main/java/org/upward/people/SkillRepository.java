package org.upward.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillRepository extends JpaRepository<Skill, Long> {

    List<Skill> findByRetiredFalseOrderByCategoryAscNameAsc();
}
