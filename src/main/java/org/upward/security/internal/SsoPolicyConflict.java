package org.upward.security.internal;

import org.upward.shared.ConflictException;

/** A change to the single sign-on policy that is refused; {@link #messageKey()} names its text in the bundle. */
class SsoPolicyConflict extends ConflictException {

    private final String messageKey;

    SsoPolicyConflict(String messageKey, String title, String detail) {
        super(title, detail);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
