package org.upward.pairing;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PairRepository extends JpaRepository<MentoringPair, Long> {

    List<MentoringPair> findByProgramIdOrderByIdAsc(long programId);

    List<MentoringPair> findByProgramIdAndStatusIn(long programId, Collection<PairStatus> statuses);

    @Query("select p from MentoringPair p where p.mentorId = :personId or p.menteeId = :personId order by p.id")
    List<MentoringPair> findByPartner(long personId);

    @Query("select count(p) from MentoringPair p where p.programId = :programId"
            + " and p.status in (org.upward.pairing.PairStatus.APPROVED, org.upward.pairing.PairStatus.ACTIVE)")
    long countAgreed(long programId);

    @Modifying
    @Query(
            "delete from MentoringPair p where p.programId = :programId and p.status = org.upward.pairing.PairStatus.PROPOSED")
    void deleteProposed(long programId);
}
