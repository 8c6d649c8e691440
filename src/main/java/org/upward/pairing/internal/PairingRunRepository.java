package org.upward.pairing.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PairingRunRepository extends JpaRepository<PairingRun, Long> {

    Optional<PairingRun> findFirstByProgramIdOrderByIdDesc(long programId);
}
