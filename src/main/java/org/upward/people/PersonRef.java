package org.upward.people;

/** Enough of a person to name and place them: what other modules keep next to the person ids they store. */
public record PersonRef(long id, String email, String name, String department) {}
