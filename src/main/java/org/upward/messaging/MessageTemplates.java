package org.upward.messaging;

import java.util.Map;

/** Writes the messages other modules send a program's people, in the program's own wording or the default. */
public interface MessageTemplates {

    /**
     * The message of {@code kind} for {@code programId} with its placeholders filled from {@code values}
     * (placeholder name to value, e.g. {@code firstName}); {@code link} is an app path, written out in full. A
     * placeholder without a value reads empty; values the kind does not name are ignored.
     */
    WrittenMessage write(long programId, MessageKind kind, Map<String, String> values);

    /** The first name to greet someone by: the first word of their name. */
    static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        return name.strip().split("\\s+", 2)[0];
    }
}
