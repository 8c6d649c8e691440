package org.upward.messaging.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.upward.messaging.MessageKind;

interface MessageTemplateRepository extends JpaRepository<MessageTemplate, Long> {

    Optional<MessageTemplate> findByProgramIdAndKind(long programId, MessageKind kind);

    List<MessageTemplate> findByProgramId(long programId);
}
