package org.upward.messaging;

import org.springframework.web.util.HtmlUtils;

/**
 * A message written for one person: a plain subject and a plain text (line breaks kept), as notices and mails
 * carry them.
 */
public record WrittenMessage(String subject, String text) {

    /** The text for an HTML page: everything escaped (the values and the admin's own words), line breaks kept. */
    public String html() {
        return HtmlUtils.htmlEscape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }
}
