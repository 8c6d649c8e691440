package org.upward.people;

/** Published inside the import's transaction once people.csv is written. */
public record PeopleImported(int created, int updated) {}
