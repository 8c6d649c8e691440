package org.upward.messaging.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.upward.messaging.MessageKind;
import org.upward.shared.FieldProblem;
import org.upward.shared.UiText;

/**
 * The placeholders of a message text: {@code {firstName}} is one; any other brace is malformed. Checked when an
 * admin saves a text, filled when a message is written.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private Placeholders() {}

    /** The problem with {@code text} for {@code kind}, if any: a placeholder it does not allow, or a stray brace. */
    static List<FieldProblem> problems(String field, String text, MessageKind kind) {
        List<FieldProblem> problems = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            if (!kind.placeholders().contains(placeholder.group(1))) {
                problems.add(new FieldProblem(
                        field, UiText.of("messaging.error.unknownPlaceholder", placeholder.group(), allowed(kind))));
                return problems;
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            problems.add(new FieldProblem(
                    field, UiText.of("messaging.error.malformedPlaceholder", malformed(rest), allowed(kind))));
        }
        return problems;
    }

    /** The text with each placeholder replaced by its value, or by nothing when it has none. */
    static String fill(String text, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    static String allowed(MessageKind kind) {
        return String.join(
                ", ", kind.placeholders().stream().map(name -> "{" + name + "}").toList());
    }

    /** The stray brace with what follows it up to its closing one (or a few characters), so the admin finds it. */
    private static String malformed(String rest) {
        int open = rest.indexOf('{');
        int close = rest.indexOf('}');
        int at = open < 0 ? close : close < 0 ? open : Math.min(open, close);
        int end = at == open && close > at ? close + 1 : Math.min(rest.length(), at + 12);
        return rest.substring(at, end).strip();
    }
}
