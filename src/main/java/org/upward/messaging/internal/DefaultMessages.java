package org.upward.messaging.internal;

import org.springframework.stereotype.Component;
import org.upward.messaging.MessageKind;
import org.upward.notification.NoticeTexts;

/**
 * The wording that ships, in the organisation's language: {@code messaging.default.<KIND>.subject} and
 * {@code .body} in the bundles, read without arguments so their named placeholders stay as written.
 */
@Component
class DefaultMessages {

    private final NoticeTexts texts;

    DefaultMessages(NoticeTexts texts) {
        this.texts = texts;
    }

    String subject(MessageKind kind) {
        return texts.of("messaging.default." + kind.name() + ".subject");
    }

    String body(MessageKind kind) {
        return texts.of("messaging.default." + kind.name() + ".body");
    }

    /** What the kind is, in words. */
    String label(MessageKind kind) {
        return texts.of("messaging.kind." + kind.name());
    }

    /** When it is sent, in words. */
    String when(MessageKind kind) {
        return texts.of("messaging.when." + kind.name());
    }
}
