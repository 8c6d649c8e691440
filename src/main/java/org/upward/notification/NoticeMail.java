package org.upward.notification;

/** A stored notice that is also to be mailed, once the transaction that stored it commits. */
record NoticeMail(String to, String name, String subject, String text, String link) {}
