package org.upward.people;

/** What it takes to register a person: the fields every HR record has. */
public record NewPerson(String email, String name, String department, String jobTitle, int jobLevel) {}
