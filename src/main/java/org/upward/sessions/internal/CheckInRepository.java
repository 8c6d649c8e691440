package org.upward.sessions.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    Optional<CheckIn> findByPairIdAndPersonIdAndPeriodIndex(long pairId, long personId, int periodIndex);
}
