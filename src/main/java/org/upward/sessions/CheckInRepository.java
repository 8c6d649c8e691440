package org.upward.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByPairIdAndPersonIdAndPeriodIndex(long pairId, long personId, int periodIndex);

    /** Each pair's latest check-in date: rows of {pairId, date}. */
    @Query("select c.pairId, max(c.answeredOn) from CheckIn c where c.pairId in :pairIds group by c.pairId")
    List<Object[]> lastCheckInDates(Collection<Long> pairIds);

    /** Each pair's latest period in which both partners checked in: rows of {pairId, periodIndex}. */
    @Query(
            value = "select pair_id, max(period_index) from (select pair_id, period_index from pair_check_in"
                    + " where pair_id in (:pairIds) group by pair_id, period_index"
                    + " having count(distinct person_id) = 2) joint group by pair_id",
            nativeQuery = true)
    List<Object[]> lastJointCheckInPeriods(Collection<Long> pairIds);
}
