package org.upward.pairing.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PairRequestRepository extends JpaRepository<PairRequest, Long> {

    List<PairRequest> findByProgramIdOrderByIdAsc(long programId);

    List<PairRequest> findByProgramIdAndStatusIn(long programId, Collection<PairRequestStatus> statuses);
}
