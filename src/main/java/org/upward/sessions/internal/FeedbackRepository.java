package org.upward.sessions.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<SessionFeedback, Long> {

    List<SessionFeedback> findBySessionIdIn(Collection<Long> sessionIds);

    List<SessionFeedback> findBySessionIdInAndAuthorId(Collection<Long> sessionIds, long authorId);

    Optional<SessionFeedback> findBySessionIdAndAuthorId(long sessionId, long authorId);
}
