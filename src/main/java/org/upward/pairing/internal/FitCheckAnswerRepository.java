package org.upward.pairing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FitCheckAnswerRepository extends JpaRepository<FitCheckAnswer, Long> {

    Optional<FitCheckAnswer> findByPairIdAndPersonId(long pairId, long personId);

    List<FitCheckAnswer> findByPairId(long pairId);

    List<FitCheckAnswer> findByPairIdIn(Collection<Long> pairIds);
}
