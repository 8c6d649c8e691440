package org.upward.notification;

import org.upward.web.NotFoundException;
import org.upward.web.UiText;

/** Unknown, or someone else's: the same 404 either way, so ids of other people's notices reveal nothing. */
class NotificationNotFoundException extends NotFoundException {

    NotificationNotFoundException(long id) {
        super(UiText.of("notification.error.noNotificationWithId", id));
    }
}
