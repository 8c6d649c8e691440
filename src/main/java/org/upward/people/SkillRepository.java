package org.upward.people;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SkillRepository extends JpaRepository<Skill, Long> {

    Page<Skill> findAllByOrderByCategoryAscNameAsc(Pageable pageable);

    Optional<Skill> findByNameIgnoreCase(String name);
}
