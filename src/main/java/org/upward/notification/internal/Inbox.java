package org.upward.notification.internal;

import java.time.Clock;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upward.people.People;
import org.upward.shared.PageView;

/** A person's own notifications: only ever their own, whoever asks for which id. */
@Service
class Inbox {

    private final NotificationRepository notifications;
    private final People people;
    private final Clock clock;

    Inbox(NotificationRepository notifications, People people, Clock clock) {
        this.notifications = notifications;
        this.people = people;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public PageView<NotificationView> page(String email, Pageable pageable) {
        return PageView.of(notifications
                .findByPersonIdOrderByCreatedAtDescIdDesc(personId(email), pageable)
                .map(Notification::view));
    }

    @Transactional(readOnly = true)
    public long unread(String email) {
        return notifications.countByPersonIdAndReadAtIsNull(personId(email));
    }

    /** Marks one of the person's notifications read; someone else's is as unknown as a missing one. */
    @Transactional
    public NotificationView read(long id, String email) {
        Notification notification = notifications
                .findByIdAndPersonId(id, personId(email))
                .orElseThrow(() -> new NotificationNotFoundException(id));
        notification.markRead(clock.instant());
        return notifications.saveAndFlush(notification).view();
    }

    /** How many were unread. */
    @Transactional
    public int readAll(String email) {
        return notifications.markAllRead(personId(email), clock.instant());
    }

    private long personId(String email) {
        return people.getByEmail(email).id();
    }
}
