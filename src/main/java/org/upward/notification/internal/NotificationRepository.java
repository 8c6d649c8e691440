package org.upward.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    Page<Notification> findByPersonIdOrderByCreatedAtDescIdDesc(long personId, Pageable pageable);

    Optional<Notification> findByIdAndPersonId(long id, long personId);

    long countByPersonIdAndReadAtIsNull(long personId);

    /** The navigation's badge: one indexed lookup of the person, one partial-index count. */
    @Query(
            value = "select count(*) from notification n join person p on p.id = n.person_id"
                    + " where p.email = :email and n.read_at is null",
            nativeQuery = true)
    long countUnreadByEmail(@Param("email") String email);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.personId = :personId and n.readAt is null")
    int markAllRead(@Param("personId") long personId, @Param("now") Instant now);
}
