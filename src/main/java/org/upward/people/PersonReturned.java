package org.upward.people;

/**
 * Published inside the transaction in which a person who had left is employed again (their leave date cleared or
 * moved to the future, or {@code active: true} from the identity provider): the same person, reactivated.
 */
public record PersonReturned(long personId, String email, String name) {}
