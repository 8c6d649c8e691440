package org.upward.people;

/** Published inside the export's transaction when an admin downloads what Upward holds about a person. */
public record PersonalDataExported(long personId, String email, String name, String format) {}
