package org.upward.people;

/**
 * Erasing a person: their name and email become a stable pseudonym ("Former participant 7F3A") everywhere, the
 * texts they wrote are removed and their account is closed, while counts and program figures stay. The admin's
 * erasure and the retention job (leavers) both come here.
 */
public interface PersonErasure {

    /**
     * Erases the person with that email for {@code reason} (required): a 404 for an unknown email, a 409 for a person
     * already erased, a 422 naming {@code reason} when it is blank or too long. Publishes {@link PersonErased}.
     */
    void erase(String email, String reason);
}
