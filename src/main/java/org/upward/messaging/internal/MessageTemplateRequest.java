package org.upward.messaging.internal;

/** A program's own subject and text for one kind of message, with the placeholders the kind allows. */
record MessageTemplateRequest(String subject, String body) {}
