package org.upward.people;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people directory as other modules may ask it: who someone is (by email or id, one query for a whole list),
 * who is above whom, and registering a person on demand. Entities never leave the module.
 */
public interface People {

    /** A person as a picker shows them. */
    record PersonChoice(String email, String name, String jobTitle) {}

    /** The form every stored email has: trimmed and lower-cased. */
    static String normalizeEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    Optional<PersonRef> findByEmail(String email);

    /** The person's level, dates and manager, when they are in the directory. */
    Optional<PersonStanding> standing(String email);

    /**
     * Whether the person has left the company: their leave date is today or past (a leaver cannot sign in). False
     * for an unknown email.
     */
    boolean hasLeft(String email);

    /** The person with that email, or a 404 naming it. */
    PersonRef getByEmail(String email);

    /** The people with those ids (unknown ids are left out), in name order (then email). */
    Map<Long, PersonRef> byIds(Collection<Long> ids);

    /** The people with those emails, by normalized email (unknown emails are left out). */
    Map<String, PersonRef> byEmails(Collection<String> emails);

    /** "Did you mean …": a known email a keystroke or two from {@code email} (same name or same domain), if any. */
    Optional<String> closestEmail(String email);

    /** Returns the person with that email, registering them first if they are not known yet. */
    PersonRef registerIfAbsent(NewPerson person);

    /** Makes the manager (by email) the person's manager, unless they have one or the manager is unknown. */
    void assignManagerIfNone(String email, String managerEmail);

    /** Every department, in order. */
    List<String> departments();

    /** The emails of up to {@code limit} people of the department, by name then email. */
    List<String> emailsInDepartment(String department, int limit);

    /** The most senior people still employed first, at most {@code limit}: sponsors are usually executives. */
    List<PersonChoice> mostSenior(int limit);

    /** For each given person, the ids of every manager above them (empty for the top). */
    Map<Long, Set<Long>> managersAbove(Collection<Long> personIds);
}
