package org.upward.pairing.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairTally;

interface PairRepository extends JpaRepository<MentoringPair, Long> {

    List<MentoringPair> findByProgramIdOrderByIdAsc(long programId);

    List<MentoringPair> findByProgramIdAndStatusIn(long programId, Collection<PairStatus> statuses);

    @Query("select p from MentoringPair p where p.mentorId = :personId or p.menteeId = :personId order by p.id")
    List<MentoringPair> findByPartner(long personId);

    @Query("select count(p) from MentoringPair p where p.programId = :programId"
            + " and p.status in (org.upward.pairing.PairStatus.APPROVED, org.upward.pairing.PairStatus.ACTIVE)")
    long countAgreed(long programId);

    @Query("select new org.upward.pairing.PairTally("
            + " coalesce(sum(case when p.status = org.upward.pairing.PairStatus.PROPOSED then 1 else 0 end), 0),"
            + " coalesce(sum(case when p.status in (org.upward.pairing.PairStatus.APPROVED,"
            + " org.upward.pairing.PairStatus.ACTIVE) then 1 else 0 end), 0),"
            + " coalesce(sum(case when p.flagged = true and p.status in (org.upward.pairing.PairStatus.APPROVED,"
            + " org.upward.pairing.PairStatus.ACTIVE) then 1 else 0 end), 0))"
            + " from MentoringPair p where p.programId = :programId")
    PairTally tally(long programId);

    @Modifying
    @Query(
            "delete from MentoringPair p where p.programId = :programId and p.status = org.upward.pairing.PairStatus.PROPOSED")
    void deleteProposed(long programId);
}
