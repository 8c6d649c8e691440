package org.upward.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.upward.people.People;

/**
 * The unread count in the navigation of every signed-in page ({@code layout.html} asks
 * {@code @unreadNotices.count(...)}): one cheap indexed count, and never the reason a page fails.
 */
@Component("unreadNotices")
class UnreadBadge {

    private static final Logger log = LoggerFactory.getLogger(UnreadBadge.class);

    private final NotificationRepository notifications;

    UnreadBadge(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public long count(String email) {
        if (email == null) {
            return 0;
        }
        try {
            return notifications.countUnreadByEmail(People.normalizeEmail(email));
        } catch (DataAccessException e) {
            log.debug("Unread count not available: {}", e.getMessage());
            return 0;
        }
    }
}
