package org.upward.notification.internal;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upward.notification.Notice;
import org.upward.notification.NoticeKind;
import org.upward.people.People;
import org.upward.people.PersonRef;

/**
 * Puts every {@link Notice} in its recipient's inbox, inside the publisher's transaction: if the
 * action rolls back, so does the notice, and no mail goes out (the mail waits for the commit). A sponsor's
 * summary ({@link NoticeKind#SPONSOR_SUMMARY}) is dropped for a person who turned those summaries off.
 */
@Component
class NoticeRecorder {

    private static final Logger log = LoggerFactory.getLogger(NoticeRecorder.class);

    private final NotificationRepository notifications;
    private final NotificationSettings settings;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeRecorder(
            NotificationRepository notifications,
            NotificationSettings settings,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(Notice notice) {
        Optional<PersonRef> found = people.findByEmail(notice.recipientEmail());
        if (found.isEmpty() || notice.kind() == null) {
            log.warn(
                    "Notice not stored: no person {} (or no kind) for '{}'", notice.recipientEmail(), notice.subject());
            return;
        }
        PersonRef person = found.get();
        if (notice.kind() == NoticeKind.SPONSOR_SUMMARY && !settings.sponsorSummariesEnabled(person.id())) {
            log.debug("Sponsor summary not stored: {} turned sponsor summaries off", person.id());
            return;
        }
        String subject = clip(notice.subject(), 300);
        String text = clip(notice.text(), Notice.MAX_TEXT);
        String link = appPath(notice.link());
        notifications.save(new Notification(person.id(), notice.kind(), subject, text, link, clock.instant()));
        if (settings.emailEnabled(person.id())) {
            events.publishEvent(new NoticeRecorded(person.email(), person.name(), subject, text, link));
        }
    }

    /** Only a path inside the app: opening a notice must never send anyone to another site. */
    static String appPath(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return "/";
        }
        return clip(link, 500);
    }

    private static String clip(String value, int max) {
        String text = value == null || value.isBlank() ? "(no text)" : value.strip();
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
