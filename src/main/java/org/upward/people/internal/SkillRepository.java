package org.upward.people.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SkillRepository extends JpaRepository<Skill, Long> {

    Page<Skill> findAllByOrderByCategoryAscNameAsc(Pageable pageable);

    Optional<Skill> findByNameIgnoreCase(String name);

    @Query("select s from Skill s where lower(s.name) = lower(:name)")
    List<Skill> findByLowerName(String name);

    List<Skill> findByIdInOrderByNameAsc(Collection<Long> ids);

    List<Skill> findByRetiredFalseOrderByCategoryAscNameAsc();
}
