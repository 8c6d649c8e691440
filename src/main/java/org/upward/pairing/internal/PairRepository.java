package org.upward.pairing.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.upward.pairing.PairStatus;
import org.upward.pairing.PairTally;

interface PairRepository extends JpaRepository<MentoringPair, Long> {

    List<MentoringPair> findByProgramIdOrderByIdAsc(long programId);

    List<MentoringPair> findByProgramIdAndStatusIn(long programId, Collection<PairStatus> statuses);

    /** One page of a program's pairs in these statuses, oldest first (the review page's tables). */
    List<MentoringPair> findByProgramIdAndStatusInOrderByIdAsc(
            long programId, Collection<PairStatus> statuses, Pageable page);

    long countByProgramIdAndStatusIn(long programId, Collection<PairStatus> statuses);

    /** How many live pairs each of these mentors has in the program; a mentor with none has no row. */
    @Query(
            value = "select m.email, count(*) from mentoring_pair p join person m on m.id = p.mentor_id"
                    + " where p.program_id = :programId and p.status in ('PROPOSED', 'APPROVED', 'ACTIVE')"
                    + " and m.email in (:emails) group by m.email",
            nativeQuery = true)
    List<Object[]> liveMentorLoads(long programId, Collection<String> emails);

    /** Those of these mentees who are in one of the program's live pairs. */
    @Query(
            value = "select e.email from mentoring_pair p join person e on e.id = p.mentee_id"
                    + " where p.program_id = :programId and p.status in ('PROPOSED', 'APPROVED', 'ACTIVE')"
                    + " and e.email in (:emails)",
            nativeQuery = true)
    List<String> livePairedMentees(long programId, Collection<String> emails);

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
