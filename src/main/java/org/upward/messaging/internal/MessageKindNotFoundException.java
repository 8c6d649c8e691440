package org.upward.messaging.internal;

import java.util.Arrays;
import org.upward.messaging.MessageKind;
import org.upward.shared.NotFoundException;
import org.upward.shared.UiText;

/** A path names a kind of message there is none of: a 404, as any other unknown thing. */
class MessageKindNotFoundException extends NotFoundException {

    MessageKindNotFoundException(String kind) {
        super(UiText.of("messaging.error.noSuchKind", kind));
    }

    /** The kind a path names ({@code APPLICATION_ACCEPTED}, any case). */
    static MessageKind parse(String kind) {
        return Arrays.stream(MessageKind.values())
                .filter(known -> known.name().equalsIgnoreCase(kind))
                .findFirst()
                .orElseThrow(() -> new MessageKindNotFoundException(kind));
    }
}
