package org.upward.webhook;

/**
 * The JSON body Slack and Teams incoming webhooks both accept: {@code {"text": "..."}}. Written by hand: one
 * string field needs no JSON library, only correct escaping.
 */
final class SlackMessage {

    private SlackMessage() {}

    static String body(String text) {
        StringBuilder json = new StringBuilder(text.length() + 16).append("{\"text\":\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append("\"}").toString();
    }

    /** The text back out of a body this class wrote, for the delivery log. */
    static String text(String body) {
        String inner = body.substring("{\"text\":\"".length(), body.length() - 2);
        StringBuilder text = new StringBuilder(inner.length());
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c != '\\' || i + 1 >= inner.length()) {
                text.append(c);
                continue;
            }
            char next = inner.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'u' -> {
                    text.append((char) Integer.parseInt(inner.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> text.append(next);
            }
        }
        return text.toString();
    }
}
