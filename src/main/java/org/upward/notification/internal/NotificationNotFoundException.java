package org.upward.notification.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** Unknown, or someone else's: the same 404 either way, so ids of other people's notices reveal nothing. */
class NotificationNotFoundException extends NotFoundException {

    NotificationNotFoundException(long id) {
        super(UiText.of("notifications.error.noNotificationWithId", id));
    }
}
