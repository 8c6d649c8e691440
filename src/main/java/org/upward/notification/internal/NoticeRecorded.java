package org.upward.notification.internal;

/** A notice was stored that is also to be mailed, once the transaction that stored it commits. */
record NoticeRecorded(String to, String name, String subject, String text, String link) {}
