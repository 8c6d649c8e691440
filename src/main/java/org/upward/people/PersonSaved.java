package org.upward.people;

import java.util.List;

/**
 * A person added to the directory or changed in it, one at a time: on the people page, through the API or by the
 * identity provider ({@code byIdentityProvider}, SCIM). {@code changed} names the fields that changed, in words
 * ("name", "manager"); a change that changed nothing is not published. A departure or a return is
 * {@link PersonLeft} or {@link PersonReturned}, a CSV import {@link PeopleImported}.
 */
public record PersonSaved(
        long personId, String email, String name, boolean added, List<String> changed, boolean byIdentityProvider) {

    public PersonSaved {
        changed = List.copyOf(changed);
    }
}
