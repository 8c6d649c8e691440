package org.upward.notification;

/** What a notification is about; each kind has its own wording and can be filtered in the inbox. */
public enum NoticeKind {
    NEW_PAIR,
    INTRO_CHAT_DUE,
    SESSION_LOGGED,
    CHECK_IN_DUE,
    OVERDUE,
    ASSESSMENT_OPEN,
    SURVEY_OPEN,
    PAIR_FLAGGED,
    /** A person was named the sponsor of a program. */
    SPONSOR_NAMED,
    /** A program's results for its sponsor: monthly while it runs, once more when it is completed. */
    SPONSOR_SUMMARY,
    /** A program was completed or a pair closed early: each partner's short wrap-up is due. */
    WRAP_UP_DUE,
    /** An application to join a program was received, decided or needs its applicant's manager. */
    APPLICATION,
    /** A program started running: its launch announcement to each participant. */
    PROGRAM_LAUNCHED,
    /** A person left the company: their partner hears the pair ended, admins which pairs and proposals it ended. */
    PERSON_LEFT
}
