package org.upward.program.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.upward.program.ProgramStatus;

/** Programs and templates share the table; every query about programs leaves templates out, and the other way. */
interface ProgramRepository extends JpaRepository<Program, Long> {

    Page<Program> findByTemplateFalseOrderByStartDateDescIdDesc(Pageable pageable);

    Page<Program> findByTemplateFalseAndStatusInOrderByStartDateDescIdDesc(
            Collection<ProgramStatus> statuses, Pageable pageable);

    List<Program> findByTemplateFalseAndStatusOrderByIdAsc(ProgramStatus status);

    Optional<Program> findByIdAndTemplateFalse(long id);

    Optional<Program> findByIdAndTemplateTrue(long id);

    /** Templates, those that ship with Upward first, then by name. */
    @Query("select p from Program p where p.template = true order by case when p.templateKey is null then 1 else 0 end,"
            + " lower(p.name), p.id")
    Page<Program> findTemplates(Pageable pageable);

    @Query("select count(p) > 0 from Program p where p.template = true and lower(p.name) = lower(:name)"
            + " and p.id <> :exceptId")
    boolean templateNamed(String name, long exceptId);
}
