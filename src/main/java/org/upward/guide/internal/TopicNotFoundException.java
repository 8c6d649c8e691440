package org.upward.guide.internal;

import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** No conversation topic with that id: 404. */
class TopicNotFoundException extends NotFoundException {

    TopicNotFoundException(long topicId) {
        super(UiText.of("guide.error.topicNotFound", topicId));
    }
}
