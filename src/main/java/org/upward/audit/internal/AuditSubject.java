package org.upward.audit.internal;

/** What an entry is about: a kind of thing and, when it has one, its id. */
record AuditSubject(String type, Long id) {

    static AuditSubject of(String type, long id) {
        return new AuditSubject(type, id);
    }

    static AuditSubject kind(String type) {
        return new AuditSubject(type, null);
    }
}
