package org.upward.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import org.upward.messaging.MessageKind;
import org.upward.notification.Notice;
import org.upward.shared.FieldProblem;
import org.upward.shared.InvalidFieldsException;
import org.upward.shared.UiText;

/** What a program's own subject and text must be: present, not too long, only the kind's placeholders. */
final class MessageTextRules {

    static final int MAX_SUBJECT = 300;

    private MessageTextRules() {}

    /** Refuses the texts with a 422 naming each field that is wrong and why. */
    static void check(MessageKind kind, String subject, String body) {
        List<FieldProblem> problems = new ArrayList<>();
        if (subject == null || subject.isBlank()) {
            problems.add(new FieldProblem("subject", UiText.of("messaging.error.subjectRequired")));
        } else if (subject.strip().length() > MAX_SUBJECT) {
            problems.add(new FieldProblem("subject", UiText.of("messaging.error.subjectTooLong", MAX_SUBJECT)));
        } else {
            problems.addAll(Placeholders.problems("subject", subject, kind));
        }
        if (body == null || body.isBlank()) {
            problems.add(new FieldProblem("body", UiText.of("messaging.error.bodyRequired")));
        } else if (body.strip().length() > Notice.MAX_TEXT) {
            problems.add(new FieldProblem("body", UiText.of("messaging.error.bodyTooLong", Notice.MAX_TEXT)));
        } else {
            problems.addAll(Placeholders.problems("body", body, kind));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
    }
}
