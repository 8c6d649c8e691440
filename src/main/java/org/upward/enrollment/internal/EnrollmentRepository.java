package org.upward.enrollment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    @EntityGraph(attributePaths = "person")
    List<Enrollment> findByProgramIdOrderByPersonNameAsc(long programId);

    Optional<Enrollment> findByIdAndProgramId(long id, long programId);

    @EntityGraph(attributePaths = "person")
    List<Enrollment> findByPersonEmailOrderByIdDesc(String email);

    @Query("select count(e) > 0 from Enrollment e where e.person.email = :email"
            + " and e.status <> org.upward.enrollment.EnrollmentStatus.WITHDRAWN")
    boolean existsActiveFor(String email);
}
