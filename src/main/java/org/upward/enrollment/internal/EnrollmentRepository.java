package org.upward.enrollment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    /** In no particular order: {@link NamedEnrollments} puts them in the directory's name order. */
    List<Enrollment> findByProgramId(long programId);

    Optional<Enrollment> findByProgramIdAndPersonId(long programId, long personId);

    Optional<Enrollment> findByIdAndProgramId(long id, long programId);

    List<Enrollment> findByPersonIdOrderByIdDesc(long personId);

    @Query("select count(e) > 0 from Enrollment e where e.personId = :personId"
            + " and e.status <> org.upward.enrollment.EnrollmentStatus.WITHDRAWN")
    boolean existsActiveFor(long personId);
}
