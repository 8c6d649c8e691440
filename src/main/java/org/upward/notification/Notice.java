package org.upward.notification;

/**
 * A notice for one person, published by any feature that wants to tell them something: not an event but the
 * one message a module sends the notification module to act on. The notification module puts it in the
 * person's inbox and, unless they turned email off, mails it once the publishing transaction commits.
 *
 * @param recipientEmail the person's email (their login)
 * @param subject one line, shown in the inbox and as the mail subject
 * @param text plain, polite text, shown in the inbox and as the mail body; line breaks are kept; longer than
 *     {@link #MAX_TEXT} characters, it is cut there
 * @param link the app path the notice points to, e.g. {@code /participant/pairs/12}
 */
public record Notice(String recipientEmail, NoticeKind kind, String subject, String text, String link) {

    /** The longest text a notice keeps. */
    public static final int MAX_TEXT = 4000;
}
