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
}
