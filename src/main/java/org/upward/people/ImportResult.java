package org.upward.people;

/** What an import did: how many people it created and updated. */
public record ImportResult(int created, int updated) {}
