package org.upward.people.internal;

/** What an import did: how many people it created and updated. */
record ImportResult(int created, int updated) {}
