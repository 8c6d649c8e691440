package org.upward.program.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.upward.program.ProgramStatus;

interface ProgramRepository extends JpaRepository<Program, Long> {

    Page<Program> findAllByOrderByStartDateDescIdDesc(Pageable pageable);

    Page<Program> findByStatusInOrderByStartDateDescIdDesc(Collection<ProgramStatus> statuses, Pageable pageable);

    List<Program> findByStatusOrderByIdAsc(ProgramStatus status);
}
