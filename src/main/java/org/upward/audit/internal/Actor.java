package org.upward.audit.internal;

/** Who did it, as the entry keeps them: a snapshot of name and email. */
record Actor(Long personId, String name, String email) {

    static final Actor SYSTEM = new Actor(null, "System", null);
}
